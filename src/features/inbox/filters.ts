// The inbox's filters: their URL params, and the search request they make. No React and no
// valibot here: the page's inlined early-start script builds the same request from the URL.
import {
  booleanFilter,
  dateFilter,
  enumFilter,
  listFilter,
  numberFilter,
  readFilters,
  textFilter,
  type FilterValues,
} from '@/lib/url-filters';

export const SORTS = ['newest', 'oldest', 'score-high', 'score-low', 'longest'] as const;
export type Sort = (typeof SORTS)[number];

/** What the search field says it finds. */
export const SEARCH_PLACEHOLDER = 'Title, customer, rep, words said…';

export const SORT_LABELS: Record<Sort, string> = {
  newest: 'Newest',
  oldest: 'Oldest',
  'score-high': 'Highest score',
  'score-low': 'Lowest score',
  longest: 'Longest',
};

// `evaluationScore` is not in the reference's sort enum, which lists no score field: the
// sample API accepts it; against Siro an unaccepted sort would answer 422, shown as such.
const SORT_REQUEST: Record<Sort, { sort: string; sortDirection: 'asc' | 'desc' }> = {
  newest: { sort: 'dateCreated', sortDirection: 'desc' },
  oldest: { sort: 'dateCreated', sortDirection: 'asc' },
  'score-high': { sort: 'evaluationScore', sortDirection: 'desc' },
  'score-low': { sort: 'evaluationScore', sortDirection: 'asc' },
  longest: { sort: 'durationInMilliseconds', sortDirection: 'desc' },
};

export const OUTCOMES = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'] as const;
export const RESULTS = ['closed', 'not closed', 'in progress'] as const;

/** URL param → filter. Short names, so a shared link stays readable. */
export const INBOX_FILTERS = {
  q: textFilter(),
  rep: listFilter(),
  team: listFilter(),
  type: listFilter(),
  outcome: listFilter(OUTCOMES),
  result: listFilter(RESULTS),
  from: dateFilter(),
  to: dateFilter(),
  minScore: numberFilter({ min: 0, max: 100, integer: true }),
  maxScore: numberFilter({ min: 0, max: 100, integer: true }),
  comments: booleanFilter(),
  sort: enumFilter(SORTS, 'newest'),
};

export type InboxFilters = FilterValues<typeof INBOX_FILTERS>;

export const SEARCH_PATH = '/v1/core/recordings/search';
export const PAGE_SIZE = 50;
/** Siro's `page` is taken to start at 1; each answer's `offset` is checked (api/search-recordings.ts). */
export const FIRST_PAGE = 1;

/** Midnight starting a `YYYY-MM-DD` day in the viewer's time zone, in epoch ms; `end` gives its last millisecond. */
function dayBoundary(day: string, end: boolean): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + (end ? 1 : 0)).getTime() - (end ? 1 : 0);
}

/** The request body for one page: only the filters that are set, in a fixed order (the early request is matched on it). */
export function searchBody(filters: InboxFilters, page: number) {
  const query: Record<string, unknown> = {};
  const text = filters.q.trim();
  if (text) query.searchText = text;
  if (filters.rep.length) query.repUids = filters.rep;
  if (filters.team.length) query.teamIds = filters.team;
  if (filters.from) query.startDate = dayBoundary(filters.from, false);
  if (filters.to) query.endDate = dayBoundary(filters.to, true);
  if (filters.result.length) query.results = filters.result;
  if (filters.type.length) query.conversationTypes = filters.type;
  if (filters.outcome.length) query.universalOutcomeLabels = filters.outcome;
  if (filters.comments !== null) query.hasComments = filters.comments;
  if (filters.minScore !== null) query.minEvaluationScore = filters.minScore;
  if (filters.maxScore !== null) query.maxEvaluationScore = filters.maxScore;
  Object.assign(query, SORT_REQUEST[filters.sort], { showCrmCustomer: true, showScorecardEvaluation: true, showRecordingEvents: false });
  return { query, page, pageSize: PAGE_SIZE };
}

export const inboxFiltersFromSearch = (search: string) => readFilters(INBOX_FILTERS, new URLSearchParams(search));

/** The paths the inbox answers on (`/` only when signed in). */
export const isInboxPath = (pathname: string) => pathname === '/' || /^\/recordings\/?$/.test(pathname);
