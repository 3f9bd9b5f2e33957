import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { prefetchAudioUrl, prefetchSummarySections, prefetchTranscript } from '../api/prefetch-transcript';

/**
 * From the route, as the recording request starts: the transcript's first page, the summary
 * sections and the audio URL when something on the page plays (a quote or a line). On the first
 * page view startEarlyRequests has started them already and these adopt its answers; in-app
 * navigation starts them here. One effect each, so a switch only starts what its own panel needs.
 */
export function usePrefetchTranscriptAndAudio(id: string | null, shown: { summary: boolean; transcript: boolean; comments?: boolean }) {
  const queryClient = useQueryClient();
  const { summary, transcript, comments = false } = shown;
  const playable = summary || transcript || comments;

  useEffect(() => {
    if (!id || !transcript) return;
    prefetchTranscript(queryClient, id);
  }, [queryClient, id, transcript]);

  useEffect(() => {
    if (id && summary) prefetchSummarySections(queryClient, id);
  }, [queryClient, id, summary]);

  useEffect(() => {
    if (!id || !playable) return;
    prefetchAudioUrl(queryClient, id);
  }, [queryClient, id, playable]);
}
