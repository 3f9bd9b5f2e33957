/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { API_BASE_PATH } from './src/config/api.ts';
import { NOT_ALLOWED_BODY, TIMEOUT_BODY, UNREACHABLE_BODY, isAllowedApiRequest } from './deploy/proxied-api.ts';
import { securityHeaders, securitySettings } from './deploy/security-headers.ts';
import { inlineEarlyStart, precompress, linkAppStylesheet, servePrecompressed } from './tooling/vite-plugins.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };
const earlyStartEntry = fileURLToPath(new URL('./src/early-start-inline.ts', import.meta.url));

// The sample API is the embedded default; SIRO_API_URL points at the real one.
const upstream = process.env.SIRO_API_URL ?? 'http://127.0.0.1:4010';
// Siro's edge rejects some default client user agents (Cloudflare 1010).
const userAgent = 'SiroRecordingDashboard/0.1 (+https://siro.ai)';
// Dev sends no CSP (Vite's HMR needs inline scripts); preview sends what nginx sends, with the
// hash of the built page's inline script (read when preview starts, after the build).
const builtIndex = fileURLToPath(new URL('./dist/index.html', import.meta.url));
const previewHeaders = securityHeaders(securitySettings(process.env, existsSync(builtIndex) ? readFileSync(builtIndex, 'utf8') : null));

/**
 * The same-origin API path, forwarded to Siro. Only the requests the app makes go through
 * (deploy/proxied-api.ts); `headers` are set on every answer, the API's own included, as nginx does.
 */
function apiProxy(headers: Record<string, string> = {}): Record<string, ProxyOptions> {
  const json = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { ...headers, 'content-type': 'application/json' });
    res.end(body);
  };
  const timedOut = new WeakSet<IncomingMessage>();
  return {
    [API_BASE_PATH]: {
      target: upstream,
      changeOrigin: true,
      secure: true,
      proxyTimeout: 30_000,
      timeout: 30_000,
      bypass(req, res) {
        if (isAllowedApiRequest(req.method, (req.url ?? '').slice(API_BASE_PATH.length))) return undefined;
        // Answered here; Vite leaves a response that has already ended alone.
        if (res) json(res, 404, NOT_ALLOWED_BODY);
        return req.url;
      },
      // Strip the prefix only: the rest of the path stays encoded as the browser sent it.
      rewrite: (path) => path.slice(API_BASE_PATH.length),
      configure(proxy) {
        proxy.on('proxyReq', (proxyReq, req) => {
          proxyReq.setHeader('user-agent', userAgent);
          // The API needs the token header, nothing that identifies the browser session.
          proxyReq.removeHeader('cookie');
          proxyReq.removeHeader('referer');
          proxyReq.once('timeout', () => timedOut.add(req));
        });
        proxy.on('proxyRes', (proxyRes, _req, res) => {
          // Ours, not the API's: its policies must not replace the page's.
          for (const [name, value] of Object.entries(headers)) {
            delete proxyRes.headers[name.toLowerCase()];
            res.setHeader(name, value);
          }
          // An upstream that dies mid-body must not leave the browser waiting: cut its response too.
          proxyRes.once('close', () => {
            if (!proxyRes.complete) res.destroy();
          });
        });
        proxy.on('error', (_error, req, res) => {
          if ('headersSent' in res && !res.headersSent) {
            // As nginx answers: 504 when Siro took too long, 502 when it could not be reached.
            if (timedOut.has(req)) json(res, 504, TIMEOUT_BODY);
            else json(res, 502, UNREACHABLE_BODY);
          }
        });
      },
    },
  };
}

// Few, predictable chunks for a phone on a 150 ms round trip. The requests start in the script
// inlined into index.html (src/early-start.ts, bundled on its own). Then boot: what it needs to
// paint the header and summary early and to load the app. Then the app: everything the first
// render needs. A module boot imports must be listed here: left in the app chunk, boot would
// wait for the whole app. Later content (sign-in, transcript, player, exports) is split off by
// its lazy import.
const bootModules = new RegExp(
  [
    String.raw`src/(boot|paint-early|config/api)`,
    String.raw`src/lib/(early-requests|format|lookup|lenient)`,
    String.raw`src/components/ui/classes`,
    String.raw`src/features/recordings/(early-paint|first-screen|labels|recording-status)`,
    String.raw`src/features/conversation/(summary-sections-view|format-timestamp|api/summary-sections-schema)`,
  ]
    .map((path) => path.replaceAll('/', String.raw`[\\/]`) + String.raw`\.tsx?$`)
    .concat(String.raw`node_modules[\\/]valibot[\\/]`)
    .join('|'),
);
// Loaded on demand (lazy imports): the sign-in screen, the transcript, the player and Ask Siro
// as they come into view, the other pages, exports. Kept out of the app chunk, in their own chunks.
const onDemand = new RegExp(
  [
    String.raw`src/app/routes/(home|not-found|inbox)\.`,
    String.raw`src/features/inbox/`,
    String.raw`src/features/recordings/components/open-recording-form\.`,
    String.raw`src/components/ui/(filter-bar|infinite-list|debounced-input)\.`,
    String.raw`src/hooks/use-(url-filters|list-shortcuts|scroll-memory)\.`,
    String.raw`src/lib/(url-filters|relative-time)\.`,
    String.raw`src/features/auth/components/`,
    String.raw`src/features/recordings/export\.`,
    String.raw`src/features/conversation/(components/|search\.|speakers\.|transcript-lines\.)`,
    String.raw`src/features/conversation/hooks/use-(audio-source|follow-along|player-shortcuts|transcript-search|transcript)\.`,
    String.raw`src/features/ask/`,
  ]
    .map((path) => path.replaceAll('/', String.raw`[\\/]`))
    .join('|'),
);
const chunkGroups = [
  { name: 'boot', test: bootModules, priority: 2 },
  {
    name: 'app',
    test: (id: string) => /node_modules/.test(id) || (/[\\/]src[\\/]/.test(id) && !onDemand.test(id)),
    priority: 1,
  },
];

export default defineConfig({
  plugins: [react(), tailwindcss(), inlineEarlyStart(earlyStartEntry, alias), linkAppStylesheet(), precompress(), servePrecompressed()],
  resolve: { alias },
  server: { proxy: apiProxy() },
  // FRAME_ANCESTORS and MEDIA_SRC are checked as nginx's renderer checks them: a bad one stops preview.
  preview: { proxy: apiProxy(previewHeaders), headers: previewHeaders },
  // Every browser we support has modulepreload: no polyfill in the entry.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'sample-api/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
  },
});
