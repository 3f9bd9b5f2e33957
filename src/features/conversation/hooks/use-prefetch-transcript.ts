import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { preloadAudioPlayer } from '@/features/conversation/components/lazy-audio-player';
import { prefetchTranscriptAndAudio } from '../api/prefetch-transcript';
import { preloadTranscriptPanel } from '../components/lazy-transcript-panel';

/**
 * From the route, as the recording request starts: the transcript's first page, the summary
 * sections and the audio URL, and the code of the lazy panels that will show them.
 */
export function usePrefetchTranscriptAndAudio(id: string | null, shown: { summary: boolean; transcript: boolean }) {
  const queryClient = useQueryClient();
  const { summary, transcript } = shown;
  useEffect(() => {
    if (!id) return;
    prefetchTranscriptAndAudio(queryClient, id, { summary, transcript });
    if (transcript) preloadTranscriptPanel();
    if (summary || transcript) preloadAudioPlayer();
  }, [queryClient, id, summary, transcript]);
}
