import { infiniteQueryOptions } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { FIRST_PAGE, PAGE_SIZE, SEARCH_PATH, searchBody, type InboxFilters } from '../filters';
import { parseSearchPage, type SearchPage } from './search-schema';

/** A list opened again (Back from a recording) within this long is shown as it was, without a request. */
const STALE_TIME_MS = 60_000;

export async function searchRecordings(filters: InboxFilters, page: number, signal?: AbortSignal): Promise<SearchPage> {
  const body = await apiRequest(SEARCH_PATH, { token: tokenStore.token(), method: 'POST', body: searchBody(filters, page), signal });
  const parsed = parseSearchPage(body);
  if (!parsed) throw new ApiError('invalid-response', 'Siro answered, but not with a list of recordings.');
  return parsed;
}

/**
 * The page after `lastPage`, or undefined at the end. The reference does not say where `page`
 * starts; the answer's `offset` does: a page that does not move past the previous one (an API
 * ignoring `page`) ends the list instead of asking for it forever.
 */
export function nextPageParam(lastPage: SearchPage, allPages: SearchPage[], lastPageParam: number): number | undefined {
  const received = lastPage.hits.length + lastPage.skipped;
  if (received === 0) return undefined;
  const offset = lastPage.offset ?? (lastPageParam - FIRST_PAGE) * PAGE_SIZE;
  if (lastPage.total !== null && offset + received >= lastPage.total) return undefined;
  if (lastPage.total === null && received < PAGE_SIZE) return undefined;
  const previous = allPages.at(-2);
  if (previous?.offset != null && lastPage.offset !== null && lastPage.offset <= previous.offset) return undefined;
  return lastPageParam + 1;
}

export const inboxKeys = {
  all: ['recordings', 'search'] as const,
  search: (filters: InboxFilters) => [...inboxKeys.all, filters] as const,
};

export function inboxSearchQueryOptions(filters: InboxFilters) {
  return infiniteQueryOptions({
    queryKey: inboxKeys.search(filters),
    queryFn: ({ pageParam, signal }) => searchRecordings(filters, pageParam, signal),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: nextPageParam,
    staleTime: STALE_TIME_MS,
    // An error the early request already met is shown, not fetched again on mount.
    retryOnMount: false,
  });
}
