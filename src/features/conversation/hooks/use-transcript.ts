import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';

import { conversationQueries } from '../api/conversation-queries';
import type { SearchStatus } from '../search';
import { flattenPages } from '../transcript-lines';
import { useRefetchWhenProcessed } from './use-refetch-when-processed';

/**
 * The transcript: the first page as soon as it comes, then the rest page by page in the
 * background until the whole conversation is there (search and follow-along need all of it).
 */
export function useTranscript(recordingId: string, processing: boolean, { enabled = true } = {}) {
  // Not enabled: what is already loaded (by the transcript panel), without asking for it.
  const query = useInfiniteQuery({ ...conversationQueries.utterances(recordingId, { processing }), enabled });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage, refetch, data } = query;

  useEffect(() => {
    // A failed page stops the run; the panel offers to try it again.
    if (enabled && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [enabled, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);

  useRefetchWhenProcessed(processing, refetch, enabled);

  const transcript = useMemo(() => flattenPages(data?.pages ?? []), [data]);
  const complete = query.isSuccess && !hasNextPage;
  const loadingMore = hasNextPage && (!isError || isFetchingNextPage);
  const status: SearchStatus = complete ? 'complete' : loadingMore ? 'loading' : 'partial';
  return {
    ...transcript,
    query,
    /** Every page is in: counts and searches are final. */
    complete,
    loadingMore,
    /** Where a search over the lines stands: more to come, all in, or a page that failed. */
    status,
  };
}
