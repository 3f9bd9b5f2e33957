import { defineConfig, devices } from '@playwright/test';

import { chromiumArgs, chromiumPath } from './e2e/chromium';
import { API_ORIGIN, API_PORT, APP_PORT, MEDIA_SRC } from './e2e/servers';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Most of a spec's time is waiting (retries' backoff, polling, the network), not CPU: three
  // workers finish sooner than two even on a 2-core machine.
  workers: 3,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    // E2E_BASE_URL points the suite at another server (the nginx smoke run).
    baseURL: process.env.E2E_BASE_URL ?? `http://127.0.0.1:${APP_PORT}`,
    trace: 'on-first-retry',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: process.env.E2E_SKIP_WEBSERVER
    ? undefined
    : [
        {
          // Writes persist in a file of the run's own, started afresh.
          command: `npm run sample-api -- --reset`,
          env: { PORT: String(API_PORT), SAMPLE_API_QUIET: '1', SAMPLE_API_DATA_FILE: 'sample-api/.data/e2e.json' },
          url: `http://127.0.0.1:${API_PORT}/healthz`,
          reuseExistingServer: !process.env.CI,
        },
        {
          // The production build behind the same preview proxy operators use.
          command: `npm run build && npm run preview -- --port ${APP_PORT} --strictPort --host 127.0.0.1`,
          // The sample API signs audio URLs on its own origin, as Siro signs them on its storage's:
          // media-src allows exactly that, so a wrong one fails the audio specs.
          env: { SIRO_API_URL: API_ORIGIN, MEDIA_SRC },
          url: `http://127.0.0.1:${APP_PORT}/`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
        },
      ],
});
