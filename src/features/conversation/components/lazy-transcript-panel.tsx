import { lazy, Suspense, useRef } from 'react';

import { useNearViewport } from '@/hooks/use-near-viewport';

import { useAudioSelector } from '../audio-context';
import type { SeekMarker } from '../seek-markers';
import type { LineAction } from './transcript-line';
import { TranscriptSkeleton } from './transcript-skeleton';

const TranscriptPanel = lazy(() => import('./transcript-panel'));

/**
 * The transcript, loaded on its own so the header and summary never wait for it, and only once
 * the manager scrolls towards it (or a link to a moment opens it); its first page is already on
 * its way (startEarlyRequests).
 */
type Props = { recordingId: string; processing: boolean; markers?: readonly SeekMarker[]; lineAction?: LineAction };

export function LazyTranscriptPanel({ recordingId, processing, markers, lineAction }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '400px');
  // A link to a moment shows its line at once.
  const asked = useAudioSelector((state) => state.revealRequests > 0);
  return (
    <div ref={ref}>
      {near || asked ? (
        <Suspense fallback={<TranscriptSkeleton />}>
          <TranscriptPanel recordingId={recordingId} processing={processing} markers={markers} lineAction={lineAction} />
        </Suspense>
      ) : (
        <TranscriptSkeleton />
      )}
    </div>
  );
}
