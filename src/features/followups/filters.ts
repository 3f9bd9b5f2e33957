import { booleanFilter, dateFilter, listFilter, numberFilter, readFilters, type FilterValues } from '@/lib/url-filters';

import { FOLLOWUP_STATUSES, FOLLOWUP_TYPES, type FollowupRequest } from './request';

/** The queue's filters as they sit in the URL (`/follow-ups?status=TO_DO&minScore=4`). */
export const FOLLOWUP_FILTERS = {
  status: listFilter(FOLLOWUP_STATUSES),
  starred: booleanFilter(),
  type: listFilter(FOLLOWUP_TYPES),
  minScore: numberFilter({ min: 1, max: 5, integer: true }),
  rep: listFilter(),
  team: listFilter(),
  from: dateFilter(),
  to: dateFilter(),
  conversationType: listFilter(),
};

export type FollowupFilters = FilterValues<typeof FOLLOWUP_FILTERS>;

/** What Siro is asked for. The type is filtered here, on the rows that come back. */
export function toFollowupRequest(filters: FollowupFilters): FollowupRequest {
  return {
    statuses: filters.status,
    starred: filters.starred === true,
    minimumScore: filters.minScore,
    userIds: filters.rep,
    teamIds: filters.team,
    from: filters.from,
    to: filters.to,
    conversationTypes: filters.conversationType,
  };
}

/** The queue's path, where the page's inlined early-start script asks for its first page. */
export const isFollowupsPath = (pathname: string) => /^\/follow-ups\/?$/.test(pathname);

export const followupFiltersFromSearch = (search: string) => readFilters(FOLLOWUP_FILTERS, new URLSearchParams(search));
