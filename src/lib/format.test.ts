import { afterAll, describe, expect, it, vi } from 'vitest';

import { formatCalendarDate, formatCurrency, formatDateTime, formatDuration, formatExactNumber, formatIsoText, humanize } from './format';

// West of UTC, where a calendar date read as a UTC moment falls on the day before. Set before
// ./format is imported, since its formatters take the time zone when they are made.
const previousTimeZone = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/Chicago';
  return previous;
});
afterAll(() => {
  if (previousTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousTimeZone;
});

/** How the viewer's locale writes a calendar date. */
const day = (year: number, month: number, date: number) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [3_725_000, '1:02:05'],
    // As the player reads the same audio: 42:40.6 is 42:40, not 42:41.
    [2_560_600, '42:40'],
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
  ['formatCalendarDate', formatCalendarDate],
])('%s', (_name, format) => {
  it.each(['not a date', '', null, undefined])('%j → null', (value) => {
    expect(format(value)).toBeNull();
  });

  it('formats a valid ISO date', () => {
    expect(format('2024-05-14T15:30:00Z')).toMatch(/2024/);
  });
});

describe('formatCalendarDate', () => {
  it('runs west of UTC here', () => {
    expect(new Date('2026-05-12T00:00:00Z').getDate()).toBe(11);
  });

  it.each(['2026-05-12', '2026-05-12T00:00:00Z', '2026-05-12T00:00:00.000Z', '2026-05-12T23:30:00-07:00', ' 2026-05-12 '])(
    'shows %j as the date written, 12 May, in any time zone',
    (iso) => {
      expect(formatCalendarDate(iso)).toBe(day(2026, 5, 12));
    },
  );

  it('reads a date that is not ISO as the browser does', () => {
    expect(formatCalendarDate('05/12/2026')).toBe(day(2026, 5, 12));
  });

  it('has no date for a day the month does not have', () => {
    expect(formatCalendarDate('2026-02-31')).toBeNull();
  });
});

describe('formatDateTime', () => {
  it("shows a moment in the viewer's time zone", () => {
    const chicago = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Chicago' });
    expect(formatDateTime('2026-05-12T03:00:00Z')).toBe(chicago.format(Date.UTC(2026, 4, 12, 3)));
  });

  it('shows a date-only value as that calendar date, without a made-up time', () => {
    expect(formatDateTime('2026-05-12')).toBe(day(2026, 5, 12));
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

describe('formatExactNumber', () => {
  const decimal = new Intl.NumberFormat().formatToParts(0.5).find((part) => part.type === 'decimal')!.value;
  const group = new Intl.NumberFormat().formatToParts(12_345).find((part) => part.type === 'group')!.value;
  it.each([
    [1998, '1998'],
    [20_000, `20${group}000`],
    [1_250_000, `1${group}250${group}000`],
    [3.14159, `3${decimal}14159`],
    [0.1 + 0.2, `0${decimal}30000000000000004`],
    [-12.5, `-12${decimal}5`],
    [1e-7, `0${decimal}0000001`],
  ])("%d → %s: the locale's grouping from five digits, every digit", (value, text) => {
    expect(formatExactNumber(value)).toBe(text);
  });
});

describe('formatIsoText', () => {
  it("writes an ISO moment in the viewer's locale and time zone (Chicago here)", () => {
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(Date.UTC(2026, 3, 18, 14, 0));
    expect(formatIsoText('2026-04-18T09:00:00-05:00')).toBe(expected);
    expect(formatIsoText(' 2026-04-18T14:00:00.000Z ')).toBe(expected);
  });

  it('writes an ISO date as the calendar day it names, whatever the time zone', () => {
    expect(formatIsoText('2026-04-18')).toBe(day(2026, 4, 18));
  });

  it.each(['hello', '2026-04-18 at nine', 'Due 2026-04-18', '2026-02-31', '2026-02-31T09:00:00Z', '16x25x1', '1998'])(
    'leaves %j as written (null)',
    (text) => {
      expect(formatIsoText(text)).toBeNull();
    },
  );
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
