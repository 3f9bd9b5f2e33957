import { describe, expect, it } from 'vitest';

import { ApiError, kindForStatus } from './api-error';
import { MAX_RETRIES, parseRetryAfter, retryDelay, shouldRetry } from './retry';

const httpError = (status: number, retryAfterMs: number | null = null) =>
  new ApiError(kindForStatus(status), `HTTP ${status}`, { status, retryAfterMs });

const transient: Array<[string, unknown]> = [
  ['network', new ApiError('network', 'lost')],
  ...[408, 429, 500, 502, 503].map((status): [string, unknown] => [`HTTP ${status}`, httpError(status)]),
];
const permanent: Array<[string, unknown]> = [
  ...[400, 401, 403, 404, 422].map((status): [string, unknown] => [`HTTP ${status}`, httpError(status)]),
  ['invalid-response', new ApiError('invalid-response', 'not data', { status: 200 })],
  ['timeout', new ApiError('timeout', 'slow')],
  ['a plain Error', new Error('boom')],
  ['a string', 'boom'],
];

describe('shouldRetry', () => {
  it.each(transient)('retries %s up to three failures', (_name, error) => {
    expect([0, 1, 2].map((count) => shouldRetry(count, error))).toEqual([true, true, true]);
    expect(shouldRetry(MAX_RETRIES, error)).toBe(false);
  });

  it.each(permanent)('does not retry %s', (_name, error) => {
    expect(shouldRetry(0, error)).toBe(false);
  });

  it('leaves a Retry-After longer than 30 s to the manager instead of retrying early', () => {
    expect(shouldRetry(0, httpError(429, 30_000))).toBe(true);
    expect(shouldRetry(0, httpError(429, 120_000))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('backs off exponentially from one second, capped at 30 s', () => {
    expect([0, 1, 2, 3, 10].map((count) => retryDelay(count, httpError(503)))).toEqual([1_000, 2_000, 4_000, 8_000, 30_000]);
  });

  it("waits exactly the server's Retry-After", () => {
    expect(retryDelay(0, httpError(429, 5_000))).toBe(5_000);
    expect(retryDelay(0, httpError(429, 0))).toBe(0);
    expect(retryDelay(0, httpError(429, 30_000))).toBe(30_000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-14T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, never negative', () => {
    expect(parseRetryAfter('Tue, 14 May 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 14 May 2024 11:00:00 GMT', now)).toBe(0);
  });

  it.each([null, '', 'soon', 'in a minute'])('%j → null', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});
