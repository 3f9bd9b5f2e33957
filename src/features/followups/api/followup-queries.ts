import { infiniteQueryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { FOLLOWUPS_PATH, toFollowupsSearch, type FollowupRequest } from '../request';
import { followupAnswerSchema, parseFollowupPage, type Followup, type FollowupPage, type FollowupStatus } from './followup-schema';

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
