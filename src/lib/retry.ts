import { ApiError } from './api-error';
import type { Method } from './early-requests';

export const MAX_RETRIES = 3;
const BASE_DELAY_MS = 1_000;
/** The longest wait between automatic retries; a server asking for more gets a Retry button. */
export const MAX_DELAY_MS = 30_000;

/**
 * react-query `retry`: transient failures only, at most three times. A server that asks for a
 * longer wait than we would sit through gets it: the page says so and offers Retry instead.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.retryable || failureCount >= MAX_RETRIES) return false;
  return error.retryAfterMs === null || error.retryAfterMs <= MAX_DELAY_MS;
}

/** react-query `retryDelay`: the server's Retry-After when it gave one, else exponential backoff. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterMs !== null) return error.retryAfterMs;
  return Math.min(BASE_DELAY_MS * 2 ** failureCount, MAX_DELAY_MS);
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  // Date.parse is lenient ("1.5" is a date to it): accept only the HTTP date form.
  if (!/^[a-z]{3}, \d{2} [a-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * react-query `retry` for a mutation. A write that may have landed is never sent again on its
 * own: a POST would then happen twice. PUT and DELETE say the same thing however often they are
 * sent, so they retry as queries do; so may a PATCH that sets values (not one that adds to them).
 */
export function retryWrite(method: Exclude<Method, 'GET'>): false | typeof shouldRetry {
  return method === 'POST' ? false : shouldRetry;
}
