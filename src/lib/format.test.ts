import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDate, formatDateTime, formatDuration, humanize } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00:00'],
    [3_725_000, '1:02:05'],
    [59_600, '0:01:00'],
    [36_000_000, '10:00:00'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, null, undefined])('%s → null', (ms) => {
    expect(formatDuration(ms)).toBeNull();
  });
});

describe.each([
  ['formatDateTime', formatDateTime],
  ['formatDate', formatDate],
])('%s', (_name, format) => {
  it.each(['not a date', '', null, undefined])('%j → null', (value) => {
    expect(format(value)).toBeNull();
  });

  it('formats a valid ISO date', () => {
    expect(format('2024-05-14T15:30:00Z')).toMatch(/2024/);
  });
});

describe('formatCurrency', () => {
  it('formats dollars in the viewer locale', () => {
    const expected = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(12_500);
    expect(formatCurrency(12_500)).toBe(expected);
  });

  it('uses another currency when asked', () => {
    expect(formatCurrency(10, 'EUR')).toBe(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(10));
  });

  it.each([null, undefined, Number.NaN])('%s → null', (amount) => {
    expect(formatCurrency(amount)).toBeNull();
  });
});

describe('humanize', () => {
  it.each([
    ['IN_PROGRESS', 'In progress'],
    ['DMS_OPPORTUNITY', 'Dms opportunity'],
    ['in-progress', 'In progress'],
    ['POSITIVE', 'Positive'],
    ['', ''],
  ])('%j → %j', (value, text) => {
    expect(humanize(value)).toBe(text);
  });
});
