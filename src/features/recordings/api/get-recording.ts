import { queryOptions, type QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest, isRecord } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { parseItems } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

import { PANELS, toApiSearch, type PanelFlags } from '../panels';
import { isStillProcessing } from '../recording-status';
import { recordingPath } from './recording-path';
import { entityExtractionSchema, opportunitySchema, recordingResponseSchema, type Recording } from './recording-schema';

const POLL_INTERVAL_MS = 4_000;
const STALE_TIME_MS = 30_000;

export async function getRecording(id: string, flags: PanelFlags, signal?: AbortSignal): Promise<Recording> {
  const body = await apiRequest(recordingPath(id), {
    token: tokenStore.token(),
    search: toApiSearch(flags),
    signal,
  });
  const recording = await parseRecording(body);
  if (!recording) throw new ApiError('invalid-response', 'Siro answered, but not with a readable recording.');
  return recording;
}

const LONG_LISTS = { entityExtractions: entityExtractionSchema, crmOpportunities: opportunitySchema } as const;
const BATCH = 200;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Validates the answer; lists of thousands of items are checked in batches between which the
 * browser may paint and handle input, so a big recording never freezes a phone for long.
 */
export async function parseRecording(body: unknown): Promise<Recording | null> {
  const long: Array<[keyof typeof LONG_LISTS, unknown[]]> = [];
  let input = body;
  if (isRecord(body) && isRecord(body.data)) {
    const data = { ...body.data };
    for (const key of Object.keys(LONG_LISTS) as Array<keyof typeof LONG_LISTS>) {
      const entries = data[key];
      if (Array.isArray(entries) && entries.length > BATCH) {
        long.push([key, entries]);
        data[key] = [];
      }
    }
    input = { ...body, data };
  }
  const result = v.safeParse(recordingResponseSchema, input);
  if (!result.success) return null;
  const recording = result.output.data;
  for (const [key, entries] of long) {
    const list: { items: unknown[]; skipped: number } = { items: [], skipped: 0 };
    for (let start = 0; start < entries.length; start += BATCH) {
      await nextTask();
      const batch = parseItems(LONG_LISTS[key], entries.slice(start, start + BATCH));
      list.items.push(...batch.items);
      list.skipped += batch.skipped;
    }
    Object.assign(recording, { [key]: list });
  }
  return recording;
}

export const recordingKeys = {
  all: ['recordings'] as const,
  details: () => [...recordingKeys.all, 'detail'] as const,
  detail: (id: string, flags: PanelFlags) => [...recordingKeys.details(), id, flags] as const,
  document: (id: string) => [...recordingKeys.all, 'document', id] as const,
};

export const recordingQueries = {
  /** The recording with the panels `flags` asks for. */
  detail: (id: string, flags: PanelFlags) =>
    queryOptions({
      queryKey: recordingKeys.detail(id, flags),
      // No abort signal: a query that read it is cancelled when its last observer leaves, and asked
      // again when one comes back, which StrictMode's remount in dev does at once. Left to finish,
      // the answer lands in the cache, and a view asks once (a short-lived token allows no more).
      queryFn: () => getRecording(id, flags),
      staleTime: STALE_TIME_MS,
      // An error the early request (startEarlyRequests) already met is shown, not fetched again on mount;
      // Retry, the Open form and a new sign-in (which empties the cache) still fetch.
      retryOnMount: false,
      // A recording still being processed changes: poll until it is done.
      refetchInterval: (query) => (isStillProcessing(query.state.data) ? POLL_INTERVAL_MS : false),
    }),
};

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

/** Shows another outcome on every cached view of the recording (after a manager corrected it). */
export function setCachedOutcomeLabel(queryClient: QueryClient, id: string, label: string | null) {
  queryClient.setQueriesData<Recording>(
    { queryKey: [...recordingKeys.details(), id] },
    (recording) => recording && { ...recording, universalOutcomeLabel: label },
  );
}
