import { describe, expect, it } from 'vitest';

import { defaultFilters, readFilters, writeFilters } from '@/lib/url-filters';

import { INBOX_FILTERS, inboxFiltersFromSearch, isInboxPath, PAGE_SIZE, searchBody, type InboxFilters } from './filters';

const every: InboxFilters = {
  q: 'roof leak',
  rep: ['u-1', 'u-2'],
  team: ['t-1'],
  type: ['Door knock'],
  outcome: ['NEGATIVE'],
  result: ['not closed', 'in progress'],
  from: '2026-04-01',
  to: '2026-04-30',
  minScore: 40,
  maxScore: 80,
  comments: true,
  sort: 'score-low',
};

describe('inbox filters, URL and request', () => {
  it('leaves the defaults out of both the URL and the request', () => {
    const defaults = defaultFilters(INBOX_FILTERS);
    expect(writeFilters(INBOX_FILTERS, defaults).toString()).toBe('');
    expect(searchBody(defaults, 1)).toEqual({
      query: {
        sort: 'dateCreated',
        sortDirection: 'desc',
        showCrmCustomer: true,
        showScorecardEvaluation: true,
        showRecordingEvents: false,
      },
      page: 1,
      pageSize: PAGE_SIZE,
    });
  });

  it('writes every filter to the URL and reads the same filters back', () => {
    const params = writeFilters(INBOX_FILTERS, every);
    expect(params.toString()).toBe(
      'q=roof+leak&rep=u-1&rep=u-2&team=t-1&type=Door+knock&outcome=NEGATIVE&result=not+closed&result=in+progress&from=2026-04-01&to=2026-04-30&minScore=40&maxScore=80&comments=true&sort=score-low',
    );
    expect(readFilters(INBOX_FILTERS, params)).toEqual(every);
  });

  it('puts every filter of a URL into the request, dates as the local day in epoch ms', () => {
    const body = searchBody(inboxFiltersFromSearch(`?${writeFilters(INBOX_FILTERS, every)}`), 3);
    expect(body).toEqual({
      query: {
        searchText: 'roof leak',
        repUids: ['u-1', 'u-2'],
        teamIds: ['t-1'],
        startDate: new Date(2026, 3, 1).getTime(),
        endDate: new Date(2026, 4, 1).getTime() - 1,
        results: ['not closed', 'in progress'],
        conversationTypes: ['Door knock'],
        universalOutcomeLabels: ['NEGATIVE'],
        hasComments: true,
        minEvaluationScore: 40,
        maxEvaluationScore: 80,
        sort: 'evaluationScore',
        sortDirection: 'asc',
        showCrmCustomer: true,
        showScorecardEvaluation: true,
        showRecordingEvents: false,
      },
      page: 3,
      pageSize: PAGE_SIZE,
    });
  });

  it.each([
    ['newest', 'dateCreated', 'desc'],
    ['oldest', 'dateCreated', 'asc'],
    ['score-high', 'evaluationScore', 'desc'],
    ['score-low', 'evaluationScore', 'asc'],
    ['longest', 'durationInMilliseconds', 'desc'],
  ] as const)('sorts %s as %s %s', (sort, field, direction) => {
    expect(searchBody({ ...defaultFilters(INBOX_FILTERS), sort }, 1).query).toMatchObject({ sort: field, sortDirection: direction });
  });

  it('keeps "without comments" (false) apart from "any" (absent), and ignores what a link got wrong', () => {
    expect(searchBody(inboxFiltersFromSearch('?comments=false'), 1).query.hasComments).toBe(false);
    const odd = inboxFiltersFromSearch('?outcome=GREAT&result=won&minScore=120&from=yesterday&sort=random&q=');
    expect(odd).toEqual(defaultFilters(INBOX_FILTERS));
    expect(writeFilters(INBOX_FILTERS, odd).toString()).toBe('');
  });

  it('answers on / and /recordings only', () => {
    expect(['/', '/recordings', '/recordings/'].every(isInboxPath)).toBe(true);
    expect(['/recordings/r1', '/settings'].some(isInboxPath)).toBe(false);
  });
});
