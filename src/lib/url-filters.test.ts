import { describe, expect, it } from 'vitest';

import {
  booleanFilter,
  countActiveFilters,
  dateFilter,
  defaultFilters,
  enumFilter,
  listFilter,
  numberFilter,
  readFilters,
  textFilter,
  writeFilters,
} from './url-filters';

const spec = {
  q: textFilter(),
  rep: listFilter(),
  kind: listFilter(['a', 'b'] as const),
  sort: enumFilter(['new', 'old'] as const, 'new'),
  min: numberFilter({ min: 0, max: 100, integer: true }),
  done: booleanFilter(),
  from: dateFilter(),
};

describe('URL filters', () => {
  it('reads an empty URL as the defaults, and writes the defaults as an empty URL', () => {
    expect(readFilters(spec, new URLSearchParams())).toEqual(defaultFilters(spec));
    expect(writeFilters(spec, defaultFilters(spec)).toString()).toBe('');
  });

  it('round-trips every kind of value', () => {
    const values = {
      q: 'roof leak',
      rep: ['u,1', 'u2'],
      kind: ['b' as const],
      sort: 'old' as const,
      min: 40,
      done: false,
      from: '2026-02-28',
    };
    const params = writeFilters(spec, values);
    expect(params.getAll('rep')).toEqual(['u,1', 'u2']);
    expect(readFilters(spec, params)).toEqual(values);
    expect(countActiveFilters(spec, values, ['sort'])).toBe(6);
  });

  it('falls back to the default for values a hand-edited link got wrong', () => {
    const params = new URLSearchParams('kind=c&kind=a&kind=a&sort=sideways&min=101&done=yes&from=2026-02-30&rep=');
    expect(readFilters(spec, params)).toEqual({ ...defaultFilters(spec), kind: ['a'] });
    expect(readFilters(spec, new URLSearchParams('min=4.5')).min).toBeNull();
  });

  it('keeps params that are not filters and leaves out blank text', () => {
    const params = writeFilters(spec, { ...defaultFilters(spec), q: '   ' }, new URLSearchParams('showSummary=false&q=old'));
    expect(params.toString()).toBe('showSummary=false');
  });
});
