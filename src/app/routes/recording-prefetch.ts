import type { QueryClient } from '@tanstack/react-query';

import { prefetchComments } from '@/features/comments/api/prefetch-comments';
import { prefetchAudioUrl, prefetchTranscript } from '@/features/conversation/api/prefetch-transcript';

export type Prefetched = { transcript: boolean; audio: boolean; comments: boolean };

/** What the panels below the summary read, asked for on a move within the app (see useEarlyPrefetch). */
export function prefetchBelowTheFold(queryClient: QueryClient, id: string, wanted: Prefetched) {
  if (wanted.transcript) prefetchTranscript(queryClient, id);
  if (wanted.audio) prefetchAudioUrl(queryClient, id);
  if (wanted.comments) prefetchComments(queryClient, id);
}
