import { describe, expect, it } from 'vitest';

import { EXPIRY_MARGIN_MS } from './api/get-signed-url';
import { isShortLived, MAX_RENEWAL_BACKOFF_MS, MAX_TIMER_MS, MIN_RENEWAL_MS, renewalDelay } from './renewal';

describe('renewalDelay', () => {
  it('renews a healthy URL the margin before it expires', () => {
    expect(renewalDelay(15 * 60_000, 0)).toBe(15 * 60_000 - EXPIRY_MARGIN_MS);
  });

  it.each([
    ['shorter than the margin', 10_000],
    ['already past (a device clock ahead)', -120_000],
    ['just expiring', EXPIRY_MARGIN_MS],
  ])('never renews at once when the lifetime is %s', (_name, lifetime) => {
    expect(renewalDelay(lifetime, 0)).toBe(MIN_RENEWAL_MS);
  });

  it('backs off for short-lived answers in a row, up to a ceiling', () => {
    expect([0, 1, 2, 3].map((streak) => renewalDelay(0, streak))).toEqual([1, 2, 4, 8].map((times) => times * MIN_RENEWAL_MS));
    expect(renewalDelay(0, 30)).toBe(MAX_RENEWAL_BACKOFF_MS);
    expect(renewalDelay(0, 10_000)).toBe(MAX_RENEWAL_BACKOFF_MS);
  });

  it('keeps a far expiry within what setTimeout can wait', () => {
    expect(renewalDelay(1e12, 0)).toBe(MAX_TIMER_MS);
  });
});

describe('isShortLived', () => {
  it('is an answer whose renewal would be due within the minimum interval', () => {
    expect(isShortLived(EXPIRY_MARGIN_MS + MIN_RENEWAL_MS - 1)).toBe(true);
    expect(isShortLived(EXPIRY_MARGIN_MS + MIN_RENEWAL_MS)).toBe(false);
  });
});
