import { describe, expect, it } from 'vitest';
import { fetchedUrl, jsonResponse, stubFetch } from '@/testing/http';
import { apiRequest } from './api-client';
import { forgetEarlyRequests, preloadRequest } from './early-requests';
import { ApiError } from './api-error';

const TOKEN = 'sekrit-token-7f3a';

async function failure(response: Response | Error): Promise<ApiError> {
  stubFetch(response);
  const error = await apiRequest('/v1/core/recordings/r1', { token: TOKEN }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).message).not.toContain(TOKEN);
  return error as ApiError;
}

describe('apiRequest', () => {
  it('refuses to call without a token', async () => {
    const fetchMock = stubFetch();
    await expect(apiRequest('/v1/x', { token: null })).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('calls the same-origin proxy with the token header and returns the JSON body', async () => {
    const fetchMock = stubFetch(jsonResponse({ data: { id: 'r1' } }));
    const body = await apiRequest('/v1/core/recordings/r1', { token: TOKEN, search: new URLSearchParams({ showSummary: 'true' }) });
    expect(body).toEqual({ data: { id: 'r1' } });
    const url = fetchedUrl(fetchMock);
    expect(url.pathname).toBe('/api/siro/v1/core/recordings/r1');
    expect(url.search).toBe('?showSummary=true');
    expect(fetchMock.mock.calls[0]?.[1]?.headers).toMatchObject({ 'x-siro-auth-token': TOKEN });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [400, 'client'],
  ])('maps HTTP %i to %s', async (status, kind) => {
    expect(await failure(jsonResponse({ message: 'Nope' }, { status }))).toMatchObject({ kind, status, message: 'Nope' });
  });

  it('turns 422 issues into a message with each path', async () => {
    const error = await failure(
      jsonResponse({ issues: [{ path: ['query', 'showSummary'], message: 'Expected boolean' }, { message: 'Bad id' }] }, { status: 422 }),
    );
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('query.showSummary: Expected boolean; Bad id');
  });

  it('reads Retry-After on 429', async () => {
    const error = await failure(jsonResponse({ error: 'Slow down' }, { status: 429, headers: { 'retry-after': '12' } }));
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 12_000, retryable: true });
  });

  it("uses the API's own error text on 500", async () => {
    expect(await failure(jsonResponse({ error: ' Database unavailable ' }, { status: 500 }))).toMatchObject({
      kind: 'server',
      status: 500,
      message: 'Database unavailable',
    });
  });

  it('never shows an HTML error page', async () => {
    const html = '\n<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';
    const error = await failure(new Response(html, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': 'text/html' } }));
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/error page \(HTTP 502 Bad Gateway\)/);
    expect(error.message).not.toContain('<');
  });

  it.each([
    ['JSON in no documented shape', JSON.stringify({ statusCode: 500, internal: { host: 'db-7' } })],
    ['an error that is an object', JSON.stringify({ error: { message: 'x', stack: 'at y' } })],
    ['a stack trace', 'TypeError: Cannot read properties of undefined\n    at handler (/app/server.js:10:5)'],
    ['plain text', 'upstream connect error or disconnect/reset before headers'],
  ])('never shows %s, only the status', async (_name, body) => {
    const error = await failure(new Response(body, { status: 500, statusText: 'Internal Server Error' }));
    expect(error.message).toBe('Siro answered with an error (HTTP 500 Internal Server Error).');
  });

  it('shows only the first line of an error message, and cuts a long one', async () => {
    const stacked = await failure(jsonResponse({ error: 'Database unavailable\n    at query (/srv/db.js:1:1)' }, { status: 500 }));
    expect(stacked.message).toBe('Siro answered with an error (HTTP 500).');
    const long = await failure(jsonResponse({ error: 'x'.repeat(1_000) }, { status: 500 }));
    expect(long.message).toHaveLength(300);
    const multi = await failure(jsonResponse({ error: 'Recording is archived.\nContact support.' }, { status: 403 }));
    expect(multi.message).toBe('Recording is archived.');
  });

  it('treats 408 as Siro not answering in time, worth retrying', async () => {
    expect(await failure(jsonResponse({ error: 'Request timeout' }, { status: 408 }))).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('rejects a 200 that is not JSON', async () => {
    expect(await failure(new Response('OK', { status: 200 }))).toMatchObject({ kind: 'invalid-response' });
  });

  it('maps a failed fetch to a network error', async () => {
    expect(await failure(new TypeError(`Failed to fetch ${TOKEN}`))).toMatchObject({ kind: 'network', retryable: true });
  });
});

describe('early requests (startEarlyRequests)', () => {
  it('are adopted by the first call for the same method, URL and token: one request in all', async () => {
    const fetchMock = stubFetch(jsonResponse({ data: { url: 'https://a/x.m4a' } }));
    preloadRequest('/v1/core/recordings/r1/signedUrl', { token: TOKEN, method: 'POST' });
    expect(await apiRequest('/v1/core/recordings/r1/signedUrl', { token: TOKEN, method: 'POST' })).toEqual({ data: { url: 'https://a/x.m4a' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[1]?.method).toBe('POST');
  });

  it('are adopted once: a second call asks again', async () => {
    const fetchMock = stubFetch(jsonResponse({ data: 1 }), jsonResponse({ data: 2 }));
    preloadRequest('/v1/x', { token: TOKEN });
    await apiRequest('/v1/x', { token: TOKEN });
    await apiRequest('/v1/x', { token: TOKEN });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['another method', { token: TOKEN, method: 'POST' as const }, '/v1/x'],
    ['another URL', { token: TOKEN }, '/v1/y'],
    ['another token', { token: 'another-token-1234' }, '/v1/x'],
  ])('are not adopted by a call with %s', async (_name, options, path) => {
    const fetchMock = stubFetch(jsonResponse({ data: 1 }), jsonResponse({ data: 2 }));
    preloadRequest('/v1/x', { token: TOKEN });
    await apiRequest(path, options);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    forgetEarlyRequests();
  });

  it('are forgotten on sign-out, token and all', async () => {
    const fetchMock = stubFetch(jsonResponse({ data: 1 }), jsonResponse({ data: 2 }));
    preloadRequest('/v1/x', { token: TOKEN });
    forgetEarlyRequests();
    await apiRequest('/v1/x', { token: TOKEN });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
