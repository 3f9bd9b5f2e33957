import { booleanFilter, dateFilter, listFilter, numberFilter, type FilterValues } from '@/lib/url-filters';

import type { FollowupRequest } from './api/followup-queries';
import { FOLLOWUP_STATUSES, FOLLOWUP_TYPES } from './api/followup-schema';

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
