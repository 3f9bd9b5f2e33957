import { createHash } from 'node:crypto';
import type { APIResponse } from '@playwright/test';

import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { DEMO_TOKEN, expect, test } from './fixtures';
import { MEDIA_SRC } from './servers';

// `npm run preview` is how operators try the production build: it must send the headers the
// nginx recipe sends, on every kind of answer. (nginx's own are checked by npm run smoke:nginx.)

/** The policy's directives by name, each with its sources as written. */
function directives(csp: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources.join(' '));
  }
  return map;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * script-src: 'self', and the page's two inline scripts (the requests, the recording's paint) by
 * the hashes of their text; style-src: 'self', and its inline stylesheet, the same way.
 */
let scriptSrc = "'self'";
let styleSrc = "'self'";
test.beforeAll(async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, code]) => code ?? '');
  expect(scripts, 'index.html inlines two scripts').toHaveLength(2);
  scriptSrc = ["'self'", ...scripts.map(sha256)].join(' ');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css ?? '');
  expect(styles, 'index.html inlines its stylesheet').toHaveLength(1);
  styleSrc = ["'self'", ...styles.map(sha256)].join(' ');
});

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const csp = directives(headers['content-security-policy']);
  expect.soft(csp.get('default-src'), `${what}: default-src`).toBe("'self'");
  expect.soft(csp.get('script-src'), `${what}: script-src`).toBe(scriptSrc);
  expect.soft(csp.get('style-src'), `${what}: style-src`).toBe(styleSrc);
  expect.soft(headers['content-security-policy'], `${what}: no inline script or style in general`).not.toContain('unsafe-inline');
  expect.soft(csp.get('object-src'), `${what}: object-src`).toBe("'none'");
  expect.soft(csp.get('base-uri'), `${what}: base-uri`).toBe("'none'");
  expect.soft(csp.get('form-action'), `${what}: form-action`).toBe("'self'");
  expect.soft(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toBe("'self'");
  // The sample API's audio origin, set by playwright.config.ts: not blob:, not everything.
  expect.soft(csp.get('media-src'), `${what}: media-src`).toBe(MEDIA_SRC);
  expect.soft(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect.soft(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
  expect.soft(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/(^|, )camera=\(\)/);
  expect.soft(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/(^|, )microphone=\(\)/);
  expect.soft(headers['permissions-policy'], `${what}: Permissions-Policy`).toMatch(/(^|, )geolocation=\(\)/);
}

test('the page, a deep link, an asset and a proxied API answer all carry the security headers', async ({ request }) => {
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  expect(home.headers()['content-type']).toMatch(/^text\/html/);
  expectSecurityHeaders(home, '/');

  const deepLink = await request.get(`/recordings/${COMPLETE_SALE_RECORDING_ID}?showSummary=false`);
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('id="root"');
  expectSecurityHeaders(deepLink, 'a deep link');

  const asset = /\/assets\/[^"]+\.js/.exec(await home.text())?.[0];
  expect(asset, 'index.html references a script asset').toBeDefined();
  const script = await request.get(asset!);
  expect(script.status()).toBe(200);
  expectSecurityHeaders(script, asset!);

  const api = await request.get(`/api/siro/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}`, {
    headers: { 'x-siro-auth-token': DEMO_TOKEN },
  });
  expect(api.status()).toBe(200);
  expect(api.headers()['content-type']).toMatch(/^application\/json/);
  expectSecurityHeaders(api, 'a proxied API answer');
});
