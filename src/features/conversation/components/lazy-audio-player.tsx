import { lazy, Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';

const load = () => import('./audio-player');
const AudioPlayer = lazy(load);

/** Starts downloading the player's code early (route loader), so it is there when the page renders. */
export function preloadAudioPlayer() {
  void load().catch(() => {});
}

/** The player, loaded on its own so the header and summary never wait for it. */
export function LazyAudioPlayer({ recordingId, processing }: { recordingId: string; processing: boolean }) {
  return (
    <Suspense
      fallback={
        <div aria-busy="true" className="space-y-2">
          <span className="sr-only">Loading the audio player…</span>
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-3 w-1/2" />
        </div>
      }
    >
      <AudioPlayer recordingId={recordingId} processing={processing} />
    </Suspense>
  );
}
