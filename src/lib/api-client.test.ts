import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { siro } from '@/testing/msw/sample-api';
import { server, watchRequests } from '@/testing/msw/server';

import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import { forgetEarlyRequests, MAX_ANSWER_BYTES, preloadRequest, receive } from './early-requests';

const TOKEN = 'sekrit-token-7f3a';

/** JSON as a server may send it: without the status text HttpResponse.json fills in. */
const jsonResponse = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
/** Answers every call to the API with `answer`, counting them. */
function answerAll(answer: () => Response) {
  server.use(http.all(siro('/*'), answer));
  return watchRequests();
}

async function failure(response: Response): Promise<ApiError> {
  answerAll(() => response);
  const error = await apiRequest('/v1/core/recordings/r1', { token: TOKEN }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).message).not.toContain(TOKEN);
  return error as ApiError;
}

/** For what only the fetch call itself shows (its options): fetch replaced, the fake API not reached. */
const stubFetch = (response: Response) => vi.spyOn(globalThis, 'fetch').mockResolvedValue(response);

/** As `failure`, with `response` handed to the client as is: the fake API would read the body ahead. */
async function unreadFailure(response: Response): Promise<ApiError> {
  stubFetch(response);
  const error = await apiRequest('/v1/core/recordings/r1', { token: TOKEN }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const CHUNK = 1024 * 1024;

/** A body that never ends, counting the chunks it was asked for. */
function endlessBody() {
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls += 1;
      controller.enqueue(new Uint8Array(CHUNK).fill(32));
    },
  });
  return { stream, pulled: () => pulls };
}

describe('apiRequest', () => {
  it('refuses to call without a token', async () => {
    const sent = watchRequests();
    await expect(apiRequest('/v1/x', { token: null })).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(sent).toHaveLength(0);
  });

  it('calls the same-origin proxy with the token header and returns the JSON body', async () => {
    const sent = answerAll(() => jsonResponse({ data: { id: 'r1' } }));
    const body = await apiRequest('/v1/core/recordings/r1', { token: TOKEN, search: new URLSearchParams({ showSummary: 'true' }) });
    expect(body).toEqual({ data: { id: 'r1' } });
    const [{ url, headers }] = sent as [(typeof sent)[number]];
    expect(url.pathname).toBe('/api/siro/v1/core/recordings/r1');
    expect(url.search).toBe('?showSummary=true');
    expect(headers.get('x-siro-auth-token')).toBe(TOKEN);
  });

  it('sends a keepalive request when asked, with the token in its header as always', async () => {
    const fetchMock = stubFetch(new Response(null, { status: 200 }));
    await apiRequest('/v1/core/recordings/r1/listen', { token: TOKEN, method: 'PUT', body: { duration: 5 }, keepalive: true });
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ keepalive: true, method: 'PUT', headers: { 'x-siro-auth-token': TOKEN } });
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

  it('shows a few of many 422 issues, and a huge path cut, never the whole report', async () => {
    const issues = Array.from({ length: 10_000 }, (_, index) => ({
      path: ['items', index, 'x'.repeat(index ? 1 : 100_000)],
      message: 'Bad',
    }));
    const error = await failure(jsonResponse({ issues }, { status: 422 }));
    expect(error.message.length).toBeLessThanOrEqual(1_100);
    expect(error.message).toMatch(/^items\.0\.x{10}/);
    expect(error.message).toMatch(/; and 9,995 more$/);
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

  it('never uses the HTTP cache and never follows a redirect', async () => {
    const fetchMock = stubFetch(jsonResponse({ data: 1 }));
    await apiRequest('/v1/x', { token: TOKEN });
    expect(fetchMock.mock.calls[0]?.[1]).toMatchObject({ cache: 'no-store', redirect: 'error', credentials: 'omit' });
  });

  it('redacts the token from what the API says, however short the token', async () => {
    stubFetch(jsonResponse({ error: 'Token abc is not valid here' }, { status: 403 }));
    const error = await apiRequest('/v1/x', { token: 'abc' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'forbidden', message: 'Token [token] is not valid here' });
  });

  it('refuses an answer whose Content-Length is past the limit, without reading it', async () => {
    const endless = endlessBody();
    const error = await unreadFailure(new Response(endless.stream, { headers: { 'content-length': String(MAX_ANSWER_BYTES + 1) } }));
    expect(error.kind).toBe('invalid-response');
    expect(endless.pulled(), 'only what the stream queues on its own').toBeLessThanOrEqual(1);
  });

  it('stops reading an answer with no Content-Length once it passes the limit', async () => {
    const endless = endlessBody();
    const error = await unreadFailure(new Response(endless.stream));
    expect(error).toMatchObject({ kind: 'invalid-response', message: 'Siro answered with more than 10 MB.' });
    expect(endless.pulled() * CHUNK).toBeLessThanOrEqual(MAX_ANSWER_BYTES + 2 * CHUNK);
  });

  it('ends the reading of a body that never finishes when its signal fires, as the timeout does', async () => {
    const fetchMock = stubFetch(
      new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"da')) })),
    );
    const controller = new AbortController();
    const answer = receive('/api/siro/v1/x', TOKEN, 'GET', controller.signal);
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    controller.abort(new DOMException('Timed out', 'TimeoutError'));
    await expect(answer).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('maps a failed fetch to a network error', async () => {
    expect(await failure(HttpResponse.error())).toMatchObject({ kind: 'network', retryable: true });
  });
});

describe('early requests (preloadRequest)', () => {
  it('are adopted by the first call for the same method, URL and token: one request in all', async () => {
    const sent = answerAll(() => jsonResponse({ data: { url: 'https://a/x.m4a' } }));
    preloadRequest('/v1/core/recordings/r1/signedUrl', { token: TOKEN, method: 'POST' });
    expect(await apiRequest('/v1/core/recordings/r1/signedUrl', { token: TOKEN, method: 'POST' })).toEqual({
      data: { url: 'https://a/x.m4a' },
    });
    expect(sent.map(({ method }) => method)).toEqual(['POST']);
  });

  it('are adopted once: a second call asks again', async () => {
    let count = 0;
    const sent = answerAll(() => jsonResponse({ data: ++count }));
    preloadRequest('/v1/x', { token: TOKEN });
    await apiRequest('/v1/x', { token: TOKEN });
    await apiRequest('/v1/x', { token: TOKEN });
    expect(sent).toHaveLength(2);
  });

  it.each([
    ['another method', { token: TOKEN, method: 'POST' as const }, '/v1/x'],
    ['another URL', { token: TOKEN }, '/v1/y'],
    ['another token', { token: 'another-token-1234' }, '/v1/x'],
  ])('are not adopted by a call with %s', async (_name, options, path) => {
    let count = 0;
    const sent = answerAll(() => jsonResponse({ data: ++count }));
    preloadRequest('/v1/x', { token: TOKEN });
    await apiRequest(path, options);
    expect(sent).toHaveLength(2);
    forgetEarlyRequests();
  });

  it('are forgotten on sign-out, token and all', async () => {
    let count = 0;
    const sent = answerAll(() => jsonResponse({ data: ++count }));
    preloadRequest('/v1/x', { token: TOKEN });
    forgetEarlyRequests();
    await apiRequest('/v1/x', { token: TOKEN });
    expect(sent).toHaveLength(2);
  });
});
