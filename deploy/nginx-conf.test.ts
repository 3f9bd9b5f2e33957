// The nginx recipe: rendering (always) and, where nginx is installed, the rendered config serving
// a tiny build in front of an upstream that echoes what it received.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ALLOWED_API_REQUESTS,
  ALLOWED_REQUEST_PATTERNS,
  HIDDEN_RESPONSE_HEADERS,
  isAllowedApiRequest,
  MAX_API_BODY_BYTES,
  STRIPPED_REQUEST_HEADERS,
} from './proxied-api.ts';
import { ConfigError, fillTemplate, renderNginxConf, templateValues as renderValues, TEMPLATE_PATH } from './render-nginx-conf.ts';
import { contentSecurityPolicy, securityHeaders, securitySettings } from './security-headers.ts';

const TOKEN = 'siro-demo-token';

function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `siro-${name}-`));
}

function fakeDist(): string {
  const dist = tempDir('dist');
  // Started as root, nginx serves files as an unprivileged worker user.
  chmodSync(dist, 0o755);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app-abc123.js"></script>\n',
  );
  writeFileSync(join(dist, 'assets/app-abc123.js'), `export const app = ${JSON.stringify('x'.repeat(4_000))};\n`);
  return dist;
}

describe('templateValues', () => {
  const prefix = '/srv/siro-nginx';
  // Where no build is: the checkout's own dist/ would bring its inline script's hash along.
  const noBuild = tempDir('no-build');
  const templateValues = (env: Parameters<typeof renderValues>[0], at: string) => renderValues({ DIST_DIR: noBuild, ...env }, at);

  it('derives the upstream, Host and SNI name from an HTTPS SIRO_API_URL', () => {
    const values = templateValues({ SIRO_API_URL: 'https://api.siro.ai' }, prefix);
    expect(values).toMatchObject({
      SIRO_API_SCHEME: 'https',
      SIRO_API_UPSTREAM: 'api.siro.ai:443',
      SIRO_API_HOST: 'api.siro.ai',
      SIRO_API_SERVER_NAME: 'api.siro.ai',
      SIRO_API_BASE_PATH: '',
      SIRO_API_TLS_VERIFY: 'on',
    });
  });

  it('keeps a non-default port in the Host header and a base path in front of the API path', () => {
    const values = templateValues({ SIRO_API_URL: 'http://127.0.0.1:4010/siro/' }, prefix);
    expect(values).toMatchObject({
      SIRO_API_UPSTREAM: '127.0.0.1:4010',
      SIRO_API_HOST: '127.0.0.1:4010',
      SIRO_API_BASE_PATH: '/siro',
      SIRO_API_TLS_VERIFY: 'off',
    });
  });

  it('takes an IPv6 upstream', () => {
    const values = templateValues({ SIRO_API_URL: 'https://[::1]:8443' }, prefix);
    expect(values).toMatchObject({
      SIRO_API_UPSTREAM: '[::1]:8443',
      SIRO_API_HOST: '[::1]:8443',
      SIRO_API_SERVER_NAME: '::1',
    });
  });

  it('defaults to the sample API, port 8080, all interfaces and frame-ancestors self', () => {
    const values = templateValues({}, prefix);
    expect(values.SIRO_API_URL).toBe('http://127.0.0.1:4010');
    expect(values.LISTEN_PORT).toBe('8080');
    expect(values.LISTEN_HOST).toBe('0.0.0.0');
    expect(values.CONTENT_SECURITY_POLICY).toBe(contentSecurityPolicy({ frameAncestors: "'self'", mediaSrc: "'self' https:" }));
    expect(values.ACCESS_LOG).toBe('/srv/siro-nginx/logs/access.log');
  });

  it('puts a CRM frame-ancestors list into the CSP', () => {
    const frameAncestors = "'self' https://*.lightning.force.com https://app.hubspot.com";
    const values = templateValues({ FRAME_ANCESTORS: frameAncestors }, prefix);
    expect(values.CONTENT_SECURITY_POLICY).toBe(contentSecurityPolicy({ frameAncestors }));
  });

  it('puts MEDIA_SRC into the CSP, trimmed', () => {
    const values = templateValues({ MEDIA_SRC: "  'self'   https://storage.googleapis.com\n" }, prefix);
    expect(values.CONTENT_SECURITY_POLICY).toContain("; media-src 'self' https://storage.googleapis.com;");
  });

  it.each([
    [{ SIRO_API_URL: 'ftp://api.siro.ai' }],
    [{ SIRO_API_URL: 'https://user:pw@api.siro.ai' }],
    [{ SIRO_API_URL: 'https://api.siro.ai/?x=1' }],
    [{ SIRO_API_URL: 'api.siro.ai' }],
    [{ SIRO_API_URL: 'https://api.siro.ai;$x' }],
    [{ DIST_DIR: '/srv/dist\nserver {' }],
    [{ FRAME_ANCESTORS: "'self'; script-src *" }],
    [{ FRAME_ANCESTORS: 'https://x.example"' }],
    [{ MEDIA_SRC: "'self'; script-src *" }],
    [{ MEDIA_SRC: 'https://a.example, https://b.example' }],
    [{ LISTEN_PORT: '80a' }],
    [{ SIRO_API_TIMEOUT: '0' }],
    [{ SIRO_API_TIMEOUT: '30s;' }],
    [{ DIST_DIR: '/srv/$host' }],
  ])('refuses %o', (env) => {
    expect(() => templateValues(env, prefix)).toThrow(ConfigError);
  });
});

describe('securitySettings (shared by nginx and `npm run preview`)', () => {
  it('defaults to frame-ancestors self and media from https or the page itself, without blob:', () => {
    expect(securitySettings({})).toEqual({ frameAncestors: "'self'", mediaSrc: "'self' https:", scriptHashes: [], styleHashes: [] });
    expect(securitySettings({ FRAME_ANCESTORS: '   ', MEDIA_SRC: '' })).toEqual(securitySettings({}));
  });

  it("lets an http API's own audio play when MEDIA_SRC is unset (the sample API on this machine), not an https one's", () => {
    expect(securitySettings({ SIRO_API_URL: 'http://127.0.0.1:4010' }).mediaSrc).toBe("'self' https: http://127.0.0.1:4010");
    expect(securitySettings({ SIRO_API_URL: 'https://api.siro.ai/' }).mediaSrc).toBe("'self' https:");
    expect(securitySettings({ SIRO_API_URL: 'not a url' }).mediaSrc).toBe("'self' https:");
    expect(securitySettings({ SIRO_API_URL: 'http://127.0.0.1:4010', MEDIA_SRC: "'self'" }).mediaSrc).toBe("'self'");
    expect(contentSecurityPolicy()).not.toContain('blob:');
  });

  it('trims and collapses whitespace', () => {
    expect(
      securitySettings({ FRAME_ANCESTORS: "  'self'\t https://*.lightning.force.com ", MEDIA_SRC: " 'self' http://127.0.0.1:4110 " }),
    ).toEqual({
      frameAncestors: "'self' https://*.lightning.force.com",
      mediaSrc: "'self' http://127.0.0.1:4110",
      scriptHashes: [],
      styleHashes: [],
    });
  });

  it("allows the built page's inline script by the hash of its exact text, and no inline script in general", () => {
    const html = '<head><meta charset="UTF-8" /><script>start()</script><script type="module" src="/assets/boot.js"></script></head>';
    // printf 'start()' | openssl dgst -sha256 -binary | base64
    const hash = "'sha256-DIm7WJS6ZKDYe5qFLPy+h4JFI9Bol5QmYC57mt3Fb00='";
    expect(securitySettings({}, html).scriptHashes).toEqual([hash]);
    const csp = contentSecurityPolicy(securitySettings({}, html));
    expect(csp).toContain(`script-src 'self' ${hash};`);
    expect(csp).not.toContain('unsafe-inline');
    expect(securitySettings({}, '<script type="module" src="/a.js"></script>').scriptHashes).toEqual([]);
  });

  it("allows the built page's inline stylesheet by the hash of its exact text, and no inline style in general", () => {
    const html = '<head><style>a{color:red}</style><link rel="stylesheet" href="/b.css"></head>';
    // printf 'a{color:red}' | openssl dgst -sha256 -binary | base64
    const hash = "'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs='";
    expect(securitySettings({}, html).styleHashes).toEqual([hash]);
    const csp = contentSecurityPolicy(securitySettings({}, html));
    expect(csp).toContain(`style-src 'self' ${hash};`);
    expect(csp).not.toContain('unsafe-inline');
  });

  it.each([
    "'self'; script-src *",
    "'self' 'unsafe-inline'",
    "'self' https://x.example'",
    'https://x.example"',
    'https://a.example,https://b.example',
    "'none' https://x.example",
    'https://x.example/a;b',
    "javascript:alert(1) https://x.example/'",
  ])('refuses %j in either setting, so nothing can add a directive', (value) => {
    expect(() => securitySettings({ FRAME_ANCESTORS: value })).toThrow(ConfigError);
    expect(() => securitySettings({ MEDIA_SRC: value })).toThrow(ConfigError);
  });

  it.each(["'none'", "'self' https:", 'https://*.s3.amazonaws.com https://storage.googleapis.com', 'http://[::1]:4010', '*'])(
    'accepts %j',
    (value) => {
      expect(securitySettings({ MEDIA_SRC: value }).mediaSrc).toBe(value);
    },
  );
});

describe('fillTemplate', () => {
  it('fills every placeholder of the template and leaves nginx variables alone', () => {
    const template = readFileSync(TEMPLATE_PATH, 'utf8');
    const text = fillTemplate(template, renderValues({ SIRO_API_URL: 'https://api.siro.ai', DIST_DIR: tempDir('no-build') }, '/srv/x'));
    expect(text).not.toMatch(/\$\{[A-Z]/);
    expect(text).toContain('proxy_pass https://siro_api$siro_api_path;');
    expect(text).toContain('proxy_set_header Host "api.siro.ai";');
    expect(text).toContain('proxy_ssl_name "api.siro.ai";');
    expect(text).not.toContain('$http_x_siro_auth_token');
    for (const [name, value] of Object.entries(securityHeaders())) {
      expect(text).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it("renders nginx's allow-list, header rules and body limit from deploy/proxied-api.ts, row for row", () => {
    const text = fillTemplate(readFileSync(TEMPLATE_PATH, 'utf8'), renderValues({ DIST_DIR: tempDir('no-build') }, '/srv/x'));
    const allowList = text.slice(text.indexOf('$siro_api_allowed {'), text.indexOf('}', text.indexOf('default 0;')));
    expect(allowList.match(/^\s+"~\^[A-Z]+ .*" 1;$/gm)).toEqual(ALLOWED_REQUEST_PATTERNS.map((pattern) => `        "~${pattern}" 1;`));
    for (const name of STRIPPED_REQUEST_HEADERS) expect(text).toContain(`proxy_set_header ${name} "";`);
    for (const name of HIDDEN_RESPONSE_HEADERS) expect(text).toContain(`proxy_hide_header ${name};`);
    expect(text).toContain(`client_max_body_size ${MAX_API_BODY_BYTES / 1024}k;`);
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => fillTemplate('listen ${NOPE};', {})).toThrow(ConfigError);
  });
});

// --- the rendered config, served by nginx ------------------------------------------------------

const nginxBin = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

type Seen = { url: string; headers: IncomingHttpHeaders };
type Response = { status: number; headers: IncomingHttpHeaders; body: Buffer; text: string };

function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, process: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (process.exitCode !== null) throw new Error(`nginx exited with ${process.exitCode}`);
    try {
      await get(port, '/');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not listen on ${port}`);
}

describe.skipIf(!nginxBin)('the rendered config served by nginx', () => {
  const seen: Seen[] = [];
  let upstream: Server;
  let upstreamPort: number;
  let nginx: ChildProcess;
  let port: number;
  let prefix: string;
  let dist: string;
  let accessLog: string;

  /** `edit` changes the rendered config before nginx reads it, to stand in for what DNS would do. */
  /** The settings nginx was last started with. */
  let servedEnv: Record<string, string> = {};

  async function startNginx(siroApiUrl: string, env: Record<string, string> = {}, edit?: (text: string) => string): Promise<void> {
    port = await freePort();
    servedEnv = { SIRO_API_URL: siroApiUrl, ...env };
    const rendered = renderNginxConf({
      SIRO_API_URL: siroApiUrl,
      LISTEN_HOST: '127.0.0.1',
      LISTEN_PORT: String(port),
      DIST_DIR: dist,
      NGINX_PREFIX: prefix,
      ...env,
    });
    accessLog = rendered.accessLog;
    if (edit) writeFileSync(rendered.confPath, edit(rendered.text));
    const args = ['-p', rendered.prefix, '-c', rendered.confPath, '-e', rendered.errorLog];
    const test = spawnSync(nginxBin!, ['-t', '-q', ...args], { encoding: 'utf8' });
    expect(test.stderr).toBe('');
    nginx = spawn(nginxBin!, [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
    await waitForPort(port, nginx);
  }

  async function stopNginx(): Promise<void> {
    if (!nginx || nginx.exitCode !== null) return;
    const exited = new Promise((resolve) => nginx.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }

  beforeAll(async () => {
    dist = fakeDist();
    prefix = tempDir('nginx');
    upstream = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      if (req.url?.includes('hang')) return; // never answers; closeAllConnections ends it
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', 'tracker=1');
      res.setHeader('alt-svc', 'h3=":443"');
      res.statusCode = req.url?.includes('missing') ? 404 : 200;
      res.end(JSON.stringify({ url: req.url }));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamPort = (upstream.address() as AddressInfo).port;
    await startNginx(`http://127.0.0.1:${upstreamPort}`);
  });

  afterAll(async () => {
    await stopNginx();
    upstream?.closeAllConnections();
    await new Promise((resolve) => upstream?.close(resolve));
    for (const dir of [prefix, dist]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function expectSecurityHeaders(response: Response) {
    // The upstream here is plain http, so its origin may serve audio too (defaultMediaSrc).
    const expected = securityHeaders(securitySettings(servedEnv));
    for (const [name, value] of Object.entries(expected)) {
      expect(response.headers[name.toLowerCase()], name).toBe(value);
    }
  }

  it('serves index.html for / and for client-side routes, revalidated every time', async () => {
    for (const path of ['/', '/recordings/8d0f5d2e', '/recordings/x/']) {
      const response = await get(port, path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('id="root"');
      expectSecurityHeaders(response);
    }
  });

  it('serves hashed assets gzipped and immutable, and a missing one as a real 404', async () => {
    const asset = await get(port, '/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(asset.body).toString()).toContain('export const app');
    expectSecurityHeaders(asset);

    const missing = await get(port, '/assets/missing-abc.js');
    expect(missing.status).toBe(404);
    expect(missing.text).not.toContain('id="root"');
    expect(missing.headers['cache-control']).toBeUndefined();
    expectSecurityHeaders(missing);
  });

  it('passes the path on still encoded, with the API token and without the browser session', async () => {
    seen.length = 0;
    const response = await get(port, '/api/siro/v1/core/recordings/a%2Fb%20c?showSummary=true&x=%2F', {
      'x-siro-auth-token': TOKEN,
      cookie: 'session=secret',
      referer: 'http://127.0.0.1/recordings/a',
      'user-agent': 'Mozilla/5.0',
    });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.url).toBe('/v1/core/recordings/a%2Fb%20c?showSummary=true&x=%2F');
    expect(request?.headers).toMatchObject({
      host: `127.0.0.1:${upstreamPort}`,
      'user-agent': 'SiroRecordingDashboard/0.1 (+https://siro.ai)',
      'x-siro-auth-token': TOKEN,
    });
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers.referer).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['alt-svc']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response);
  });

  it("passes the API's own errors through untouched", async () => {
    const response = await get(port, '/api/siro/v1/core/recordings/missing', { 'x-siro-auth-token': TOKEN });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text)).toEqual({ url: '/v1/core/recordings/missing' });
  });

  it('refuses dot segments and other /api paths with JSON, without calling the API', async () => {
    seen.length = 0;
    for (const path of ['/api/siro/v1/../v1/x', '/api/siro/v1/%2E%2e/x', '/api/siro/v1/.%2Fx/..', '//api/siro/v1/x']) {
      const response = await get(port, path);
      expect(response.status, path).toBe(400);
      expect(response.headers['content-type'], path).toBe('application/json');
    }
    for (const path of ['/api/siro', '/api/other']) {
      const response = await get(port, path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toBe('application/json');
    }
    expect(seen).toHaveLength(0);
  });

  it('forwards only the API calls the app makes, the same ones as the Vite proxy', async () => {
    // Every row of the table, with its IDs filled in, for its own method only.
    const fromTable = ALLOWED_API_REQUESTS.flatMap(({ method, path }): [string, string, boolean][] => {
      const concrete = path.replace(/\{\w+\}/g, 'abc');
      const methods = ALLOWED_API_REQUESTS.filter((row) => row.path === path).map((row) => row.method);
      const other = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'].find((candidate) => !methods.includes(candidate as never))!;
      return [
        [method, concrete, true],
        [method, `${concrete}/`, false],
        [other, concrete, false],
        ['HEAD', concrete, false],
      ];
    });
    const cases: [method: string, path: string, allowed: boolean][] = [
      ...fromTable,
      ['GET', '/v1/core/recordings/abc?showSummary=true', true],
      ['GET', '/v1/core/recordings/a%2Fb', true],
      ['GET', '/v1/core/recordings/abc/utterances?cursor=2&pageSize=100', true],
      ['GET', '/v1/core/recordings/abc/chats', false],
      ['POST', '/v1/core/recordings/abc/chats/available', false],
      ['GET', '/v1/suggested-questions', false],
      ['GET', '/v1/core/recordings', false],
      ['GET', '/v1/core/recordings/', false],
      ['GET', '/v1/core/recordings/abc/', false],
      ['GET', '/v1/core/recordings/abc/summary', false],
      ['GET', '/v1/core/recordings/abc/comments', true],
      ['GET', '/v1/core/recordings/abc/threads', true],
      ['POST', '/v1/core/recordings/abc/comments', true],
      ['PATCH', '/v1/core/recordings/abc/comments/c1', true],
      ['DELETE', '/v1/core/recordings/abc/comments/c1', true],
      ['PATCH', '/v1/core/recordings/abc/comments', false],
      ['DELETE', '/v1/core/recordings/abc/comments/c1/x', false],
      ['POST', '/v1/core/recordings/abc/comments/c1', false],
      ['GET', '/v1/core/recordings/search', false],
      ['GET', '/v1/core/recordings/search/utterances', false],
      ['POST', '/v1/core/recordings/search/comments', false],
      ['GET', '/v1/core/recordings/abc/signedUrl', false],
      ['POST', '/v1/core/recordings/abc', false],
      ['DELETE', '/v1/core/recordings/abc', false],
      ['PUT', '/v2/core/recordings/abc/summary', false],
      ['DELETE', '/v1/core/recordings/abc/comments', false],
      ['PATCH', '/v1/core/recordings/abc/comments', false],
      ['PUT', '/v1/core/recordings/abc/comments/def', false],
      ['DELETE', '/v1/core/followups/abc', false],
      ['GET', '/v1/core/oauth/apps', false],
      ['GET', '/sample-audio/abc.wav?expires=1', false],
    ];
    for (const [method, path, allowed] of cases) {
      expect(isAllowedApiRequest(method, path), `Vite proxy: ${method} ${path}`).toBe(allowed);
      seen.length = 0;
      const response = await get(port, `/api/siro${path}`, { 'x-siro-auth-token': TOKEN }, method);
      expect(seen.length, `nginx: ${method} ${path} reached the API`).toBe(allowed ? 1 : 0);
      if (!allowed) {
        expect(response.status, `${method} ${path}`).toBe(404);
        expect(response.headers['content-type']).toBe('application/json');
        if (method !== 'HEAD') expect(JSON.parse(response.text)).toEqual({ error: 'Not found.' });
        expectSecurityHeaders(response);
      }
    }
  });

  it('never writes the token to the access log', () => {
    const log = readFileSync(accessLog, 'utf8');
    expect(log).toContain('GET /api/siro/v1/core/recordings/a%2Fb%20c HTTP/1.1');
    expect(log).not.toContain(TOKEN);
  });

  it('puts a base path of SIRO_API_URL in front of the API path', async () => {
    await stopNginx();
    await startNginx(`http://127.0.0.1:${upstreamPort}/base`);
    seen.length = 0;
    await get(port, '/api/siro/v1/core/recordings/a%2Fb', { 'x-siro-auth-token': TOKEN });
    expect(seen.map(({ url }) => url)).toEqual(['/base/v1/core/recordings/a%2Fb']);
  });

  it('answers 504 JSON when the API does not answer in time, without trying its other addresses', async () => {
    await stopNginx();
    // Two addresses for the API, as a name with two A records gives nginx.
    const server = `server 127.0.0.1:${upstreamPort};`;
    await startNginx(`http://127.0.0.1:${upstreamPort}`, { SIRO_API_TIMEOUT: '1' }, (text) =>
      text.replace(server, `${server}\n        ${server}`),
    );
    seen.length = 0;
    const response = await get(port, '/api/siro/v1/core/recordings/hang', { 'x-siro-auth-token': TOKEN });
    expect(response.status).toBe(504);
    expect(response.headers['content-type']).toBe('application/json');
    expect(JSON.parse(response.text)).toEqual({ error: 'Siro did not answer in time.' });
    expectSecurityHeaders(response);
    expect(
      seen.map(({ url }) => url),
      'sent once, not once per address',
    ).toEqual(['/v1/core/recordings/hang']);
    upstream.closeAllConnections();
  });

  it('answers 502 JSON when the API cannot be reached', async () => {
    await stopNginx();
    await startNginx(`http://127.0.0.1:${await freePort()}`);
    const response = await get(port, '/api/siro/v1/core/recordings/x.html', { 'x-siro-auth-token': TOKEN });
    expect(response.status).toBe(502);
    expect(response.headers['content-type']).toBe('application/json');
    expect(JSON.parse(response.text)).toEqual({ error: 'The Siro API could not be reached.' });
    expectSecurityHeaders(response);
  });
});
