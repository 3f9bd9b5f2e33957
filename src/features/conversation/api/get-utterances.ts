import { infiniteQueryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { repeatsEarlierPages } from '../transcript-lines';
import { UTTERANCE_PAGE_SIZE, utterancesRequest } from './paths';
import { utterancesResponseSchema, type UtterancePage } from './utterances-schema';

/** 100,000 lines: more than any call, so a cursor that never ends cannot loop forever. */
const MAX_PAGES = 1_000;
/** While the recording processes, its transcript may yet come; once done, it never changes. */
const PROCESSING_STALE_TIME_MS = 5 * 60_000;

export async function getUtterancesPage(id: string, cursor: number, pageSize: number, signal?: AbortSignal): Promise<UtterancePage> {
  const { path, search } = utterancesRequest(id, cursor, pageSize);
  const body = await apiRequest(path, { token: tokenStore.token(), search, signal });
  const result = v.safeParse(utterancesResponseSchema, body);
  if (!result.success) throw new ApiError('invalid-response', 'Siro answered, but not with a readable transcript.');
  return result.output;
}

/**
 * The page after `requested`, or undefined at the end. `cursor` is a 1-based page number; the
 * sample API answers the next one (null at the end). An API that echoes the page it served,
 * or leaves the cursor out, is read by whether the page came back full.
 */
export function nextUtterancesCursor(page: UtterancePage, requested: number, pageSize: number): number | undefined {
  const received = page.items.length + page.skipped;
  if (page.cursor === null || received === 0 || requested >= MAX_PAGES) return undefined;
  if (page.cursor !== undefined && page.cursor > requested) return page.cursor;
  return received >= pageSize ? requested + 1 : undefined;
}

export const utterancesKeys = {
  list: (id: string, pageSize: number) => ['recordings', 'utterances', id, { pageSize }] as const,
};

/**
 * `processing`: whether the recording is still processing, as far as the caller knows. A
 * finished recording's transcript never goes stale, so hiding and showing the panel or
 * reconnecting does not fetch every page again; finishing processing refetches it explicitly.
 */
export function utterancesInfiniteOptions(id: string, { pageSize = UTTERANCE_PAGE_SIZE, processing = false } = {}) {
  return infiniteQueryOptions({
    queryKey: utterancesKeys.list(id, pageSize),
    queryFn: ({ pageParam, signal }) => getUtterancesPage(id, pageParam, pageSize, signal),
    initialPageParam: 1,
    // A page that only repeats earlier lines (an API ignoring `cursor`) ends the run.
    getNextPageParam: (lastPage, allPages, lastPageParam) =>
      repeatsEarlierPages(allPages) ? undefined : nextUtterancesCursor(lastPage, lastPageParam, pageSize),
    staleTime: processing ? PROCESSING_STALE_TIME_MS : Number.POSITIVE_INFINITY,
  });
}
