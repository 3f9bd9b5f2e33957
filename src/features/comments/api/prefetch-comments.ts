import type { QueryClient } from '@tanstack/react-query';

import { commentQueries } from './get-comments';

/** Beside the recording request, never after it: the comments and their threads. */
export function prefetchComments(queryClient: QueryClient, recordingId: string) {
  void queryClient.prefetchQuery(commentQueries.list(recordingId));
  void queryClient.prefetchQuery(commentQueries.threads(recordingId));
}
