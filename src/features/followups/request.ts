// The queue's request to Siro, from its filters: no React and no valibot, so the bench (and an
// early start) can build the very same one.

export const FOLLOWUPS_PATH = '/v1/core/followups';

export const FOLLOWUP_STATUSES = ['TO_DO', 'IN_PROGRESS', 'COMPLETE'] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const FOLLOWUP_TYPES = ['REHASH', 'CROSS_SELL'] as const;
const PAGE_SIZE = 25;

/** What the queue asks Siro for. The type filter is not among them: Siro cannot filter by type. */
export type FollowupRequest = {
  statuses: string[];
  starred: boolean;
  /** null: any score. Siro leaves out scores under 3 unless told otherwise, so "any" is sent as 1. */
  minimumScore: number | null;
  userIds: string[];
  teamIds: string[];
  /** Calendar days (`YYYY-MM-DD`) in the manager's own time zone, both included. */
  from: string | null;
  to: string | null;
  conversationTypes: string[];
};

/** The local day's first or last millisecond, as Siro's ISO 8601 UTC timestamps. */
function dayBoundary(day: string, end: boolean): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date + (end ? 1 : 0), 0, 0, 0, end ? -1 : 0).toISOString();
}

export function toFollowupsSearch(request: FollowupRequest, cursor: string | null): URLSearchParams {
  const search = new URLSearchParams({ limit: String(PAGE_SIZE), minimumScore: String(request.minimumScore ?? 1) });
  for (const status of request.statuses) search.append('statuses', status);
  if (request.starred) search.set('starred', 'true');
  for (const id of request.userIds) search.append('userIds', id);
  for (const id of request.teamIds) search.append('teamIds', id);
  if (request.from) search.set('createdAfter', dayBoundary(request.from, false));
  if (request.to) search.set('createdBefore', dayBoundary(request.to, true));
  for (const type of request.conversationTypes) search.append('conversationTypes', type);
  if (cursor) search.set('cursor', cursor);
  return search;
}
