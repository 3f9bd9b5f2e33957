import { describe, expect, it } from 'vitest';

import { nextPageParam } from './search-recordings';
import { parseSearchPage, scoreOf, type SearchPage } from './search-schema';

const good = { recordingId: 'r1', dateCreated: 1_777_000_000_000, title: 'Roof', evaluation: { pointsEarned: 45, pointsPossible: 50 } };

describe('parseSearchPage', () => {
  it('skips and counts hits that cannot be read, and keeps the rest with fallbacks for bad fields', () => {
    const page = parseSearchPage({
      data: {
        hits: [
          good,
          'not a hit',
          { title: 'no id', dateCreated: 1 },
          { recordingId: 'r2', dateCreated: 'yesterday' },
          { recordingId: 'r3', dateCreated: '2026-04-01T10:00:00Z', title: 42, viewed: 'no' },
        ],
        estimatedTotalHits: 120,
        offset: 0,
        limit: 50,
      },
    });
    expect(page?.skipped).toBe(3);
    expect(page?.hits.map((hit) => hit.recordingId)).toEqual(['r1', 'r3']);
    expect(page?.hits[1]).toMatchObject({ title: undefined, viewed: undefined, dateCreated: Date.parse('2026-04-01T10:00:00Z') });
    expect(page).toMatchObject({ total: 120, offset: 0 });
  });

  it('is null for an answer that is no search answer', () => {
    expect(parseSearchPage({ hits: [] })).toBeNull();
    expect(parseSearchPage(null)).toBeNull();
  });

  it('gives the score as a percentage of the points possible', () => {
    expect(scoreOf(parseSearchPage({ data: { hits: [good] } })!.hits[0]!)).toBe(90);
  });
});

describe('nextPageParam', () => {
  const page = (offset: number | null, count: number, total: number | null): SearchPage => ({
    hits: Array.from({ length: count }, (_, index) => ({ recordingId: `r${index}`, dateCreated: 1 })),
    skipped: 0,
    offset,
    total,
  });

  it('asks for the next page until the total is reached', () => {
    expect(nextPageParam(page(0, 50, 120), [page(0, 50, 120)], 1)).toBe(2);
    expect(nextPageParam(page(100, 20, 120), [], 3)).toBeUndefined();
    expect(nextPageParam(page(0, 0, 0), [], 1)).toBeUndefined();
  });

  it('never asks again for a page the API already gave (it ignored `page`)', () => {
    const first = page(0, 50, 500);
    expect(nextPageParam(first, [first, first], 2)).toBeUndefined();
  });

  it('without a total, stops at a short page', () => {
    expect(nextPageParam(page(null, 50, null), [], 1)).toBe(2);
    expect(nextPageParam(page(null, 10, null), [], 2)).toBeUndefined();
  });
});
