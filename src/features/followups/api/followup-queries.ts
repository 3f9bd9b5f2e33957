import { infiniteQueryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { followupAnswerSchema, parseFollowupPage, type Followup, type FollowupPage, type FollowupStatus } from './followup-schema';

export const FOLLOWUPS_PATH = '/v1/core/followups';
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

export async function getFollowups(request: FollowupRequest, cursor: string | null, signal?: AbortSignal): Promise<FollowupPage> {
  const body = await apiRequest(FOLLOWUPS_PATH, { token: tokenStore.token(), search: toFollowupsSearch(request, cursor), signal });
  const page = parseFollowupPage(body);
  if (!page) throw new ApiError('invalid-response', 'Siro answered, but not with a readable list of follow-ups.');
  return page;
}

export type FollowupChange = { status?: FollowupStatus; starred?: boolean; note?: string };

export async function patchFollowup(id: string, change: FollowupChange): Promise<Followup> {
  const body = await apiRequest(`${FOLLOWUPS_PATH}/${encodeURIComponent(id)}`, {
    token: tokenStore.token(),
    method: 'PATCH',
    body: change,
  });
  const result = v.safeParse(followupAnswerSchema, body);
  if (!result.success) throw new ApiError('invalid-response', 'Siro saved it, but did not answer with the follow-up.');
  return result.output.data;
}

export const followupKeys = {
  all: ['followups'] as const,
  lists: () => [...followupKeys.all, 'list'] as const,
  list: (request: FollowupRequest) => [...followupKeys.lists(), request] as const,
  /** The latest version this tab knows of one follow-up (optimistic, or Siro's answer to a change). */
  latest: (id: string) => [...followupKeys.all, 'latest', id] as const,
};

export const followupQueries = {
  list: (request: FollowupRequest) =>
    infiniteQueryOptions({
      queryKey: followupKeys.list(request),
      queryFn: ({ pageParam, signal }) => getFollowups(request, pageParam, signal),
      initialPageParam: null as string | null,
      // A cursor Siro already gave would loop: stop there.
      getNextPageParam: (last, _pages, current) => (last.cursor && last.cursor !== current ? last.cursor : undefined),
      staleTime: 30_000,
    }),
};
