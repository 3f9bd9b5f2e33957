import { describe, expect, it } from 'vitest';

import { formatMoment, momentUrl, parseMoment } from './moment-url';

describe('parseMoment', () => {
  it.each([
    ['12m40s', 760_000],
    ['760', 760_000],
    ['0', 0],
    ['1h2m3s', 3_723_000],
    ['1h', 3_600_000],
    ['5m', 300_000],
    ['95s', 95_000],
    ['12.5', 12_500],
    [' 12M40S ', 760_000],
  ])('reads %s as %i ms', (value, ms) => {
    expect(parseMoment(value)).toBe(ms);
  });

  it.each([null, undefined, '', ' ', '-5', 'abc', '12:40', '12m40', 'm', 'h', '1e3', 'Infinity', 'NaN', '12m40s;', '0x10', '99999999'])(
    'ignores %j',
    (value) => {
      expect(parseMoment(value)).toBeNull();
    },
  );
});

describe('formatMoment', () => {
  it.each([
    [0, '0s'],
    [999, '0s'],
    [40_000, '40s'],
    [760_000, '12m40s'],
    [760_900, '12m40s'],
    [3_600_000, '1h0m0s'],
    [3_723_000, '1h2m3s'],
    [-5, '0s'],
    [Number.NaN, '0s'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(formatMoment(ms)).toBe(text);
  });

  it('is read back as the same whole second', () => {
    for (const ms of [0, 1_000, 59_000, 61_000, 3_599_000, 3_723_000]) expect(parseMoment(formatMoment(ms))).toBe(ms);
  });
});

describe('momentUrl', () => {
  const location = { origin: 'https://dash.example', pathname: '/recordings/abc', search: '?showSummary=false&t=5s' };

  it('keeps the view and replaces the moment', () => {
    expect(momentUrl(location, 760_400)).toBe('https://dash.example/recordings/abc?showSummary=false&t=12m40s');
  });

  it('adds the moment to a page without a query', () => {
    expect(momentUrl({ ...location, search: '' }, 3_000)).toBe('https://dash.example/recordings/abc?t=3s');
  });
});
