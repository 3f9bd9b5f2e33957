import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: the app's code in jsdom, with the Siro API faked per endpoint (src/testing/msw);
// the sample API, the scripts and the deploy recipe in plain Node, which starts far faster.
// No test waits on wall-clock speed, so the limits below only catch a test that hangs, on a
// machine as busy as it gets.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    restoreMocks: true,
    // Vitest leaves a core idle by default; on a 2-core machine that doubles the run.
    maxWorkers: '100%',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup-tests.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['sample-api/**/*.test.ts', 'scripts/**/*.test.ts', 'deploy/**/*.test.ts', 'tooling/**/*.test.ts'],
        },
      },
    ],
  },
});
