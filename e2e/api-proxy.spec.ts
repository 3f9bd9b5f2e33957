import { ALLOWED_API_REQUESTS } from '../deploy/proxied-api';
import { COMPLETE_SALE_RECORDING_ID as ID } from '../sample-api/ids';
import { DEMO_TOKEN, expect, test } from './fixtures';

// The serving layer forwards only the API calls the app makes (deploy/proxied-api.ts): anything
// else under /api is answered 404 JSON on the spot, with the manager's token never reaching Siro.
// Through `vite preview` here, through nginx in `npm run smoke:nginx`; deploy/proxies.test.ts
// tries both with forged headers, oversized bodies, upgrades and a hanging API.

const auth = { 'x-siro-auth-token': DEMO_TOKEN };
const NOT_FOUND = { error: 'Not found.' };

test("@smoke the app's API calls are forwarded to Siro, never to be cached", async ({ request }) => {
  const recording = await request.get(`/api/siro/v1/core/recordings/${ID}?showSummary=true`, { headers: auth });
  expect(recording.status()).toBe(200);
  expect(recording.headers()['cache-control']).toBe('no-store');
  expect(((await recording.json()) as { data: { id: string } }).data.id).toBe(ID);
  const utterances = await request.get(`/api/siro/v1/core/recordings/${ID}/utterances?cursor=1&pageSize=5`, { headers: auth });
  expect(utterances.status()).toBe(200);
  expect(((await utterances.json()) as { data: { utterances: unknown[] } }).data.utterances).toHaveLength(5);
  expect((await request.get(`/api/siro/v2/core/recordings/${ID}/summary`, { headers: auth })).status()).toBe(200);
  const signed = await request.post(`/api/siro/v1/core/recordings/${ID}/signedUrl`, { headers: auth });
  expect(((await signed.json()) as { data: { error: boolean } }).data.error).toBe(false);
  // The API's own errors still come through: the sample API's "not found" for an unknown id.
  const unknown = await request.get('/api/siro/v1/core/recordings/no-such-recording', { headers: auth });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'Recording not found' });
});

test('@smoke everything else under the API path is a 404 JSON that never reaches Siro', async ({ request }) => {
  // The sample API would answer each of these differently (its gateway 404, "ok", audio bytes):
  // this body proves the request stopped at the proxy.
  const refused: [method: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'HEAD', path: string][] = [
    ['GET', '/api/siro/healthz'],
    ['GET', '/api/siro/v1/core/recordings'],
    ['DELETE', `/api/siro/v1/core/recordings/${ID}/outcomes`],
    ['PUT', `/api/siro/v1/core/recordings/${ID}/comments`],
    ['GET', '/api/siro/v1/core/recordings/search'],
    ['GET', `/api/siro/v1/core/recordings/${ID}/summary`],
    ['GET', `/api/siro/v1/core/recordings/${ID}/signedUrl`],
    ['POST', `/api/siro/v1/core/recordings/${ID}`],
    ['DELETE', `/api/siro/v1/core/recordings/${ID}`],
    ['PUT', `/api/siro/v1/core/recordings/${ID}/utterances`],
    ['GET', `/api/siro/sample-audio/${ID}.wav?expires=${Date.now() + 60_000}`],
    ['GET', '/api/siro/v1/core/oauth/apps'],
  ];
  for (const [method, path] of refused) {
    const response = await request.fetch(path, { method, headers: auth });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(response.headers()['content-type'], `${method} ${path}`).toMatch(/^application\/json/);
    expect(await response.json(), `${method} ${path}`).toEqual(NOT_FOUND);
    expect(response.headers()['content-security-policy'], `${method} ${path}: security headers`).toContain("default-src 'self'");
  }
});

test('@smoke each write path takes its own method only: any other, preflights from another origin included, is refused', async ({
  request,
}) => {
  const writePaths = new Set(ALLOWED_API_REQUESTS.filter(({ method }) => method !== 'GET').map(({ path }) => path));
  for (const path of writePaths) {
    const own = new Set(ALLOWED_API_REQUESTS.filter((row) => row.path === path).map(({ method }) => method as string));
    const url = `/api/siro${path.replace(/\{\w+\}/g, ID)}`;
    for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'].filter((m) => !own.has(m))) {
      const what = `${method} ${url}`;
      const response = await request.fetch(url, {
        method,
        headers: { ...auth, origin: 'http://localhost:3000', 'access-control-request-method': 'DELETE' },
      });
      // nginx itself answers TRACE 405 before any location is matched.
      expect(response.status(), what).toBe(method === 'TRACE' && response.status() === 405 ? 405 : 404);
      expect(response.headers()['access-control-allow-origin'], what).toBeUndefined();
      expect(response.headers()['access-control-allow-methods'], what).toBeUndefined();
      if (method === 'TRACE' || method === 'HEAD') continue;
      expect(await response.json(), what).toEqual(NOT_FOUND);
      expect(response.headers()['content-security-policy'], `${what}: security headers`).toContain("default-src 'self'");
    }
  }
});

test('@smoke paths that could be read as another path are refused, and other /api paths and missing assets are 404s', async ({
  request,
}) => {
  // A URL parser resolves `\` and `%2e%2e` before sending: those are tried raw by deploy/proxies.test.ts.
  for (const path of [`/api/siro/v1/core/recordings/${ID}%5c..%5chealthz`, '/api/siro/v1/core/recordings/%73earch']) {
    const response = await request.get(path, { headers: auth });
    expect(response.status(), path).toBe(400);
    expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
  }
  for (const path of ['/api/other', '/api/siro']) {
    const response = await request.get(path, { headers: auth });
    expect(response.status(), path).toBe(404);
    expect(await response.json(), path).toEqual(NOT_FOUND);
  }
  const asset = await request.get('/assets/missing-abc123.js');
  expect(asset.status()).toBe(404);
  expect(await asset.text()).not.toContain('id="root"');
});
