import { EXPIRY_MARGIN_MS } from './api/get-signed-url';

/** Never ask for a new audio URL sooner than this after the last answer… */
export const MIN_RENEWAL_MS = 5_000;
/** …and, after answers in a row that were already (nearly) expired, back off up to this. */
export const MAX_RENEWAL_BACKOFF_MS = 5 * 60_000;
/** setTimeout's limit; a longer wait would fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * How long after an answer to renew the URL: `EXPIRY_MARGIN_MS` before it expires, but never
 * sooner than the minimum interval, doubled for each short-lived answer in a row (`streak`).
 * A URL whose lifetime is shorter than the margin (or looks so: a device clock far ahead)
 * would otherwise be renewed at once, every time: a loop of requests while nothing plays.
 */
export function renewalDelay(lifetimeMs: number, streak: number): number {
  const floor = Math.min(MIN_RENEWAL_MS * 2 ** Math.max(0, streak), MAX_RENEWAL_BACKOFF_MS);
  return Math.min(Math.max(lifetimeMs - EXPIRY_MARGIN_MS, floor), MAX_TIMER_MS);
}

/** An answer that leaves less than the minimum interval before its renewal is due. */
export const isShortLived = (lifetimeMs: number) => lifetimeMs - EXPIRY_MARGIN_MS < MIN_RENEWAL_MS;
