// @vitest-environment node
// The two proxies in front of Siro, tried as an attacker would, with the same cases: the preview
// proxy (createApiProxy, as `npm run dev` and `npm run preview` mount it) and, where nginx is
// installed, the rendered nginx recipe. An upstream that records what reached it answers with
// every header a browser must not get.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createApiProxy, refuseUpgrades } from '../tooling/api-proxy.ts';
import { HIDDEN_RESPONSE_HEADERS, MAX_API_BODY_BYTES, STRIPPED_REQUEST_HEADERS } from './proxied-api.ts';
import { renderNginxConf } from './render-nginx-conf.ts';

const TOKEN = 'siro-demo-token';
const ID = '8d0f5d2e-5c1b-4a7e-9a51-2f6b1c3d4e5f';
const nginxBin = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
type Answer = { status: number; headers: IncomingHttpHeaders; text: string };

function send(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A raw request: what came back, once `until` is in it, and whether the server then closed the socket. */
function raw(port: number, text: string, until: string): Promise<{ received: string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received.includes(until)) resolve({ received, closed });
    });
    socket.on('close', () => resolve({ received, closed }));
    socket.on('error', reject);
  });
}

const listening = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));

const seen: Seen[] = [];
let upstream: Server;
let upstreamPort: number;
const cleanups: (() => Promise<unknown> | void)[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      if (req.url?.includes('hang')) return;
      res.writeHead(req.url?.includes('missing') ? 404 : 200, {
        'content-type': 'application/json',
        'set-cookie': 'tracker=1',
        'strict-transport-security': 'max-age=63072000',
        nel: '{"report_to":"x","max_age":1}',
        'report-to': '{"group":"x"}',
        'alt-svc': 'h3=":443"',
        'cache-control': 'private, max-age=600',
        'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT',
        etag: '"v1"',
      });
      res.end(JSON.stringify({ url: req.url }));
    });
  });
  upstreamPort = await listening(upstream);
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});

async function startPreviewProxy(): Promise<number> {
  const proxy = createApiProxy({ upstream: `http://127.0.0.1:${upstreamPort}`, timeoutMs: 1_000 });
  const server = createServer((req, res) => {
    void proxy(req, res, () => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<div id="root"></div>');
    });
  });
  server.on('upgrade', refuseUpgrades({}, true));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });
  return listening(server);
}

async function startNginx(): Promise<number> {
  const dist = mkdtempSync(join(tmpdir(), 'siro-proxies-dist-'));
  chmodSync(dist, 0o755);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>\n');
  const prefix = mkdtempSync(join(tmpdir(), 'siro-proxies-nginx-'));
  const probe = createServer();
  const port = await listening(probe);
  await new Promise((resolve) => probe.close(resolve));
  const rendered = renderNginxConf({
    SIRO_API_URL: `http://127.0.0.1:${upstreamPort}`,
    SIRO_API_TIMEOUT: '1',
    LISTEN_HOST: '127.0.0.1',
    LISTEN_PORT: String(port),
    DIST_DIR: dist,
    NGINX_PREFIX: prefix,
  });
  const args = ['-p', rendered.prefix, '-c', rendered.confPath, '-e', rendered.errorLog];
  expect(spawnSync(nginxBin!, ['-t', '-q', ...args], { encoding: 'utf8' }).stderr).toBe('');
  const nginx: ChildProcess = spawn(nginxBin!, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
  cleanups.push(async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    for (const dir of [prefix, dist]) rmSync(dir, { recursive: true, force: true });
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited with ${nginx.exitCode}`);
    try {
      await send(port, 'GET', '/');
      return port;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error('nginx did not start');
}

const proxies = [
  { name: 'the preview proxy', start: startPreviewProxy },
  // nginx keeps the connection for the next request, as it does for any answer: no socket is left waiting.
  ...(nginxBin ? [{ name: 'nginx', start: startNginx, keepsAlive: true }] : []),
];

describe.each(proxies)('$name', ({ start, keepsAlive }) => {
  let port: number;
  const auth = { 'x-siro-auth-token': TOKEN };
  beforeAll(async () => {
    port = await start();
  });

  it('refuses paths something on the way could read as another path, before they reach the API', async () => {
    seen.length = 0;
    const paths = [
      String.raw`/api/siro/v1/core/recordings/..\..\..\healthz`,
      String.raw`/api/siro/v1/core/recordings/..\..\..\v1\users\me`,
      `/api/siro/v1/core/recordings/${ID}%5c..%5c..%5chealthz`,
      `/api/siro/v1/core/recordings/${ID}%5C`,
      '/api/siro/v1/core/recordings/%2e%2e',
      '/api/siro/v1/core/recordings/.%2E/utterances',
      '/api/siro/v1/core/recordings/..',
      '/api/siro/v1/core/recordings/%73earch',
      `/api/siro/v1/core/recordings/${ID}/%75tterances`,
      // `..;` is `..` to a Java server; a path parameter is never the app's.
      `/api/siro/v1/core/recordings/${ID}/comments/..;`,
      `/api/siro/v1/core/recordings/${ID}/comments/..%3B`,
      `/api/siro/v1/core/recordings/${ID};jsessionid=1/utterances`,
    ];
    for (const path of paths) {
      const answer = await send(port, 'GET', path, auth);
      expect(answer.status, path).toBe(400);
      expect(answer.headers['content-type'], path).toMatch(/^application\/json/);
    }
    expect(seen.map(({ url }) => url)).toEqual([]);
  });

  it("forwards exactly the path it checked, and not an ID that is another endpoint's word", async () => {
    seen.length = 0;
    await send(port, 'GET', '/api/siro/v1/core/recordings/a%2Fb%20c?x=..\\', auth);
    expect(seen.map(({ url }) => url)).toEqual(['/v1/core/recordings/a%2Fb%20c?x=..\\']);
    expect((await send(port, 'GET', '/api/siro/v1/core/recordings/search', auth)).status).toBe(404);
    expect(
      (await send(port, 'POST', '/api/siro/v1/core/recordings/search', { ...auth, 'content-type': 'application/json' }, '{}')).status,
    ).toBe(200);
  });

  it("passes no method override, forwarding claim, other credential or browser session on, and returns none of the API's policies", async () => {
    seen.length = 0;
    const hostile = Object.fromEntries(STRIPPED_REQUEST_HEADERS.filter((name) => name !== 'Upgrade').map((name) => [name, 'x']));
    const answer = await send(
      port,
      'POST',
      `/api/siro/v1/core/recordings/${ID}/comments`,
      { ...hostile, ...auth, 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (victim)', expect: '100-continue' },
      '{"text":"hi"}',
    );
    expect(answer.status).toBe(200);
    expect(seen).toHaveLength(1);
    const [received] = seen;
    for (const name of STRIPPED_REQUEST_HEADERS) expect(received?.headers[name.toLowerCase()], name).toBeUndefined();
    expect(received?.headers['user-agent']).toBe('SiroRecordingDashboard/0.1 (+https://siro.ai)');
    expect(received?.headers['x-siro-auth-token']).toBe(TOKEN);
    expect(received?.body).toBe('{"text":"hi"}');
    // The page's own security headers replace the API's (deploy/security-headers.ts); these are simply gone.
    for (const name of ['Set-Cookie', 'Strict-Transport-Security', 'NEL', 'Report-To', 'Alt-Svc', 'ETag', 'Last-Modified']) {
      expect(HIDDEN_RESPONSE_HEADERS).toContain(name);
      expect(answer.headers[name.toLowerCase()], name).toBeUndefined();
    }
  });

  it('answers every API request with Cache-Control: no-store, whatever the API says', async () => {
    for (const [path, status] of [
      [`/api/siro/v1/core/recordings/${ID}`, 200],
      ['/api/siro/v1/core/recordings/missing', 404],
      ['/api/siro/healthz', 404],
    ] as const) {
      const answer = await send(port, 'GET', path, auth);
      expect(answer.status, path).toBe(status);
      expect(answer.headers['cache-control'], path).toBe('no-store');
      expect(answer.headers['last-modified'], path).toBeUndefined();
      expect(answer.headers.etag, path).toBeUndefined();
    }
  });

  it('refuses a body past the limit, declared or counted, with a 413 JSON that never reaches the API', async () => {
    seen.length = 0;
    const path = `/api/siro/v1/core/recordings/${ID}/comments`;
    const big = Buffer.alloc(MAX_API_BODY_BYTES + 1, 'a');
    const declared = await send(port, 'POST', path, { ...auth, 'content-type': 'application/json' }, big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.text)).toEqual({ error: 'The request is too large.' });
    const chunked = await send(port, 'POST', path, { ...auth, 'transfer-encoding': 'chunked' }, big);
    expect(chunked.status).toBe(413);
    expect(chunked.headers['content-type']).toMatch(/^application\/json/);
    expect(seen).toHaveLength(0);
  });

  it('refuses a WebSocket upgrade on the API path and closes the connection', async () => {
    seen.length = 0;
    const { received, closed } = await raw(
      port,
      `GET /api/siro/v1/core/recordings/${ID} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
        `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nx-siro-auth-token: ${TOKEN}\r\n\r\n`,
      '{"error":"Not found."}',
    );
    expect(received).toMatch(/^HTTP\/1\.1 404 /);
    expect(received).toContain('{"error":"Not found."}');
    if (!keepsAlive) await closed;
    expect(seen).toHaveLength(0);
  });

  it('answers other /api paths with a 404 JSON, not the page', async () => {
    for (const path of ['/api/other', '/api/siro', '/api']) {
      const answer = await send(port, 'GET', path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-type'], path).toMatch(/^application\/json/);
    }
  });

  it('answers 504 JSON when the API does not answer in time', async () => {
    const answer = await send(port, 'GET', '/api/siro/v1/core/recordings/hang', auth);
    expect(answer.status).toBe(504);
    expect(JSON.parse(answer.text)).toEqual({ error: 'Siro did not answer in time.' });
    expect(answer.headers['cache-control']).toBe('no-store');
    upstream.closeAllConnections();
  });
});
