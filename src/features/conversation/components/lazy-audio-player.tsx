import { lazy, Suspense, useRef } from 'react';

import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { useNearViewport } from '@/hooks/use-near-viewport';

import { useAudioSelector, useAudioStore } from '../audio-context';
import type { MediaInfo } from '../hooks/use-media-session';
import type { SeekMarker } from '../seek-markers';

const AudioPlayer = lazy(() => import('./audio-player'));

function PlayerSkeleton() {
  return (
    <div aria-busy="true" className="space-y-2">
      <span className="sr-only">Loading the audio player…</span>
      <Skeleton className="h-10 w-full" />
      <Skeleton className="h-3 w-1/2" />
    </div>
  );
}

type Props = { recordingId: string; processing: boolean; media: MediaInfo; markers?: readonly SeekMarker[]; onDemand?: boolean };

/**
 * The player, loaded on its own so the header and summary never wait for it, and only once it
 * is about to be seen or asked to play (a summary quote), so a view that never plays never
 * downloads it. The audio URL is already being fetched (startEarlyRequests). `onDemand`, when
 * nothing on the page plays (Summary and Transcript off): nothing loads until Play is pressed.
 */
export function LazyAudioPlayer({ recordingId, processing, media, markers, onDemand = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  const asked = useAudioSelector((state) => state.engaged);
  const store = useAudioStore();
  if (onDemand && !asked) {
    return (
      <Button variant="secondary" onClick={() => store.play()}>
        Play the recording
      </Button>
    );
  }
  return (
    <div ref={ref}>
      {near || asked ? (
        <Suspense fallback={<PlayerSkeleton />}>
          <AudioPlayer recordingId={recordingId} processing={processing} media={media} markers={markers} />
        </Suspense>
      ) : (
        <PlayerSkeleton />
      )}
    </div>
  );
}
