// Servers of the benchmark: the sample API (in this process), the production build behind
// `vite preview` (a child process), and the reference page with its own proxy to the same API.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { securityHeaders } from '../deploy/security-headers.ts';
import { createSampleApi } from '../sample-api/server.ts';

export const OUT_DIR = '.bench-dist';
const API_PREFIX = '/api/siro';

const children = new Set<ChildProcess>();
const servers = new Set<http.Server>();

/** Starts a command in its own process group, so stopping it also stops what npx started. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; output: () => string } {
  const child = spawn('npx', args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every child process and server this benchmark started; safe to call twice. */
export async function stopAll() {
  const exits = [...children].map((child) => new Promise((resolve) => child.once('exit', resolve)));
  for (const child of children) stopChild(child, 'SIGTERM');
  const timeout = setTimeout(() => children.forEach((child) => stopChild(child, 'SIGKILL')), 3_000);
  await Promise.all(exits);
  clearTimeout(timeout);
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  servers.clear();
}

// Last resort if the process dies with children still running.
process.once('exit', () => children.forEach((child) => stopChild(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(130)));
}

async function listen(server: http.Server): Promise<string> {
  servers.add(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function startSampleApi(): Promise<string> {
  process.env.SAMPLE_API_QUIET = '1';
  return listen(createSampleApi({ dataFile: null }));
}

export async function buildApp() {
  const { child, output } = start(['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir']);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`vite build failed (exit ${String(code)}):\n${output()}`);
}

/** `vite preview` of the bench build on `port`, proxying the API to `apiUrl`. */
export async function startPreview(port: number, apiUrl: string): Promise<string> {
  const args = ['vite', 'preview', '--outDir', OUT_DIR, '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const { child, output } = start(args, { SIRO_API_URL: apiUrl });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(`${url}/`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return url;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${url}:\n${output()}`);
}

// The least a page can do: one fetch (of what the app asks for), then plain DOM written with textContent.
const referenceHtml = (flags: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference</title></head><body><main id="out">Loading</main><script>
(async () => {
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const res = await fetch('${API_PREFIX}/v1/core/recordings/' + encodeURIComponent(id) + '?${flags}',
    { headers: { 'x-siro-auth-token': sessionStorage.getItem('siro.token') } });
  const data = (await res.json()).data;
  const root = document.createDocumentFragment();
  const add = (parent, tag, text) => {
    const el = parent.appendChild(document.createElement(tag));
    if (text != null) el.textContent = text;
    return el;
  };
  add(root, 'h1', data.title);
  add(root, 'p', data.summary);
  const extractions = add(root, 'ul');
  for (const e of data.entityExtractions || []) {
    add(extractions, 'li', e.siroEntityDefinitionName + ': ' + (e.extraction || []).map((i) => JSON.stringify(i.value)).join(', '));
  }
  const opportunities = add(root, 'ul');
  for (const o of data.crmOpportunities || []) add(opportunities, 'li', o.name + ' ' + o.amount);
  document.getElementById('out').replaceChildren(root);
})();
</script></body></html>`;

/**
 * Serves the reference page at /reference/<id> (and `pages`, by path) and proxies /api/siro/* to
 * `apiUrl` untouched.
 */
export function startReference(apiUrl: string, flags: string, pages: Record<string, string> = {}): Promise<string> {
  const api = new URL(apiUrl);
  const html = referenceHtml(flags);
  // The app's COOP header makes Chromium commit its page in a new renderer process (the bench's
  // tab starts on about:blank); a page opened from a CRM, another site, gets a new process either
  // way. The reference is committed the same way, or it would skip that work.
  const coop = securityHeaders()['Cross-Origin-Opener-Policy']!;
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(`${API_PREFIX}/`)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'cross-origin-opener-policy': coop });
      res.end(pages[path] ?? html);
      return;
    }
    const upstream = http.request(
      {
        host: api.hostname,
        port: api.port,
        method: req.method,
        path: path.slice(API_PREFIX.length),
        headers: { ...req.headers, host: api.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.once('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return listen(server);
}
