import { describe, expect, it } from 'vitest';

import { formatTimestamp } from './format-timestamp';

describe('formatTimestamp', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [4_900, '0:04'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [754_000, '12:34'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [36_000_000, '10:00:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatTimestamp(ms)).toBe(text);
  });

  it.each([-5_000, Number.NaN, Number.POSITIVE_INFINITY])('reads %s as the start', (ms) => {
    expect(formatTimestamp(ms)).toBe('0:00');
  });
});
