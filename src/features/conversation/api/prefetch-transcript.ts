import type { QueryClient } from '@tanstack/react-query';

import { conversationQueries } from './conversation-queries';

// Started beside the recording request, each for the panel that will ask for it. Errors stay
// in the cache for the panels to show; nothing here throws. One function each: the route starts
// each when its own panel is switched on.

/** The transcript's first page; the panel loads the rest. */
export function prefetchTranscript(queryClient: QueryClient, id: string) {
  void queryClient.prefetchInfiniteQuery(conversationQueries.utterances(id));
}

/**
 * The audio URL, only when something can play it (the transcript's lines or the summary's
 * quotes): it is a POST that signs a short-lived link, not worth making for CRM panels only.
 */
export function prefetchAudioUrl(queryClient: QueryClient, id: string) {
  void queryClient.prefetchQuery(conversationQueries.signedUrl(id));
}
