import type { QueryClient } from '@tanstack/react-query';
import { signedUrlQueryOptions } from '@/features/conversation/api/get-signed-url';
import { summarySectionsQueryOptions } from './get-summary-sections';
import { utterancesInfiniteOptions } from './get-utterances';

type Shown = { summary: boolean; transcript: boolean };

/**
 * Starts, beside the recording request, what the shown panels will ask for: the transcript's
 * first page, the summary sections, and the audio URL. The URL only when something can play
 * it (the transcript's lines or the summary's quotes): it is a POST that signs a short-lived
 * link, not worth making for a view of CRM panels only. Errors stay in the cache for the
 * panels to show; nothing here throws.
 */
export function prefetchTranscriptAndAudio(queryClient: QueryClient, id: string, shown: Shown) {
  if (shown.transcript) void queryClient.prefetchInfiniteQuery(utterancesInfiniteOptions(id));
  if (shown.summary) void queryClient.prefetchQuery(summarySectionsQueryOptions(id));
  if (shown.transcript || shown.summary) void queryClient.prefetchQuery(signedUrlQueryOptions(id));
}
