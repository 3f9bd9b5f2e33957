import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { preloadAudioPlayer } from '@/features/conversation/components/lazy-audio-player';
import { prefetchAudioUrl, prefetchSummarySections, prefetchTranscript } from '../api/prefetch-transcript';
import { preloadTranscriptPanel } from '../components/lazy-transcript-panel';

/**
 * From the route, as the recording request starts: the transcript's first page, the summary
 * sections and the audio URL, and the code of the lazy panels that will show them. One effect
 * each, so a switch only starts what its own panel needs.
 */
export function usePrefetchTranscriptAndAudio(id: string | null, shown: { summary: boolean; transcript: boolean }) {
  const queryClient = useQueryClient();
  const { summary, transcript } = shown;
  const playable = summary || transcript;

  useEffect(() => {
    if (!id || !transcript) return;
    prefetchTranscript(queryClient, id);
    preloadTranscriptPanel();
  }, [queryClient, id, transcript]);

  useEffect(() => {
    if (id && summary) prefetchSummarySections(queryClient, id);
  }, [queryClient, id, summary]);

  useEffect(() => {
    if (!id || !playable) return;
    prefetchAudioUrl(queryClient, id);
    preloadAudioPlayer();
  }, [queryClient, id, playable]);
}
