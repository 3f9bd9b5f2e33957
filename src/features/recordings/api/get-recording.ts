import { queryOptions, type QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/features/auth/token-store';
import { PANELS, toApiSearch, type PanelFlags } from '../panels';
import { recordingResponseSchema, type Recording } from './recording-schema';
import { recordingPath } from './recording-path';
import { isStillProcessing } from '../recording-status';

const POLL_INTERVAL_MS = 4_000;
const STALE_TIME_MS = 30_000;

export async function getRecording(
  id: string,
  flags: PanelFlags,
  signal?: AbortSignal,
): Promise<Recording> {
  const body = await apiRequest(recordingPath(id), {
    token: tokenStore.token(),
    search: toApiSearch(flags),
    signal,
  });
  const result = v.safeParse(recordingResponseSchema, body);
  if (!result.success) {
    throw new ApiError('invalid-response', 'Siro answered, but not with a readable recording.');
  }
  return result.output.data;
}

export const recordingKeys = {
  all: ['recordings'] as const,
  details: () => [...recordingKeys.all, 'detail'] as const,
  detail: (id: string, flags: PanelFlags) => [...recordingKeys.details(), id, flags] as const,
};

export function recordingQueryOptions(id: string, flags: PanelFlags) {
  return queryOptions({
    queryKey: recordingKeys.detail(id, flags),
    queryFn: ({ signal }) => getRecording(id, flags, signal),
    staleTime: STALE_TIME_MS,
    // A recording still being processed changes: poll until it is done.
    refetchInterval: (query) => (isStillProcessing(query.state.data) ? POLL_INTERVAL_MS : false),
  });
}

/**
 * Data already cached for the same recording with every panel we now want (and maybe more):
 * switching a panel off then costs no request. Used as `initialData`, so it obeys staleTime.
 */
export function findCachedSuperset(queryClient: QueryClient, id: string, flags: PanelFlags) {
  const matches = queryClient.getQueriesData<Recording>({ queryKey: [...recordingKeys.details(), id] });
  let best: { data: Recording; updatedAt: number } | undefined;
  for (const [key, data] of matches) {
    const cachedFlags = key[3] as PanelFlags | undefined;
    if (!data || !cachedFlags) continue;
    if (!PANELS.every(({ flag }) => !flags[flag] || cachedFlags[flag])) continue;
    const updatedAt = queryClient.getQueryState(key)?.dataUpdatedAt ?? 0;
    if (!best || updatedAt > best.updatedAt) best = { data, updatedAt };
  }
  return best;
}
