import { describe, expect, it } from 'vitest';

import { readFilters, writeFilters } from '@/lib/url-filters';

import { FOLLOWUP_FILTERS, toFollowupRequest } from './filters';
import { toFollowupsSearch } from './request';

describe('follow-up filters: URL ↔ filters ↔ request', () => {
  it('reads the URL, writes it back unchanged, and asks Siro for the same', () => {
    const url = new URLSearchParams(
      'status=TO_DO&status=IN_PROGRESS&starred=true&type=REHASH&minScore=4&rep=u-1&team=t-1&from=2026-04-01&to=2026-04-30&conversationType=Door+knock',
    );
    const filters = readFilters(FOLLOWUP_FILTERS, url);
    expect(filters).toEqual({
      status: ['TO_DO', 'IN_PROGRESS'],
      starred: true,
      type: ['REHASH'],
      minScore: 4,
      rep: ['u-1'],
      team: ['t-1'],
      from: '2026-04-01',
      to: '2026-04-30',
      conversationType: ['Door knock'],
    });
    expect(writeFilters(FOLLOWUP_FILTERS, filters).toString()).toBe(url.toString());
    const search = toFollowupsSearch(toFollowupRequest(filters), null);
    expect(search.getAll('statuses')).toEqual(['TO_DO', 'IN_PROGRESS']);
    expect(search.get('starred')).toBe('true');
    expect(search.get('minimumScore')).toBe('4');
    expect(search.getAll('userIds')).toEqual(['u-1']);
    expect(search.getAll('teamIds')).toEqual(['t-1']);
    expect(search.getAll('conversationTypes')).toEqual(['Door knock']);
    expect(new Date(search.get('createdAfter')!).getTime()).toBe(new Date(2026, 3, 1).getTime());
    expect(new Date(search.get('createdBefore')!).getTime()).toBe(new Date(2026, 4, 1).getTime() - 1);
    // Siro cannot filter by type: that stays in the page.
    expect([...search.keys()].some((key) => /type/i.test(key) && key !== 'conversationTypes')).toBe(false);
  });

  it('asks for every score when none is chosen (Siro would leave out 1 and 2), never starred=false, and drops what it does not know', () => {
    const filters = readFilters(FOLLOWUP_FILTERS, new URLSearchParams('status=DONE&minScore=9&starred=maybe&from=2026-02-30'));
    expect(filters).toMatchObject({ status: [], minScore: null, starred: null, from: null });
    const search = toFollowupsSearch(toFollowupRequest(filters), 'abc');
    expect(search.get('minimumScore')).toBe('1');
    expect(search.has('starred')).toBe(false);
    expect(search.get('cursor')).toBe('abc');
    expect(writeFilters(FOLLOWUP_FILTERS, filters).toString()).toBe('');
  });
});
