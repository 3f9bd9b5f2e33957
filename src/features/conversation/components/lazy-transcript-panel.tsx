import { lazy, Suspense, useRef } from 'react';
import { useNearViewport } from '@/hooks/use-near-viewport';
import type { SeekMarker } from '../seek-markers';
import type { LineAction } from './transcript-line';
import { TranscriptSkeleton } from './transcript-skeleton';

const TranscriptPanel = lazy(() => import('./transcript-panel'));

/**
 * The transcript, loaded on its own so the header and summary never wait for it, and only once
 * the manager scrolls towards it; its first page is already on its way (startEarlyRequests).
 */
type Props = { recordingId: string; processing: boolean; markers?: readonly SeekMarker[]; lineAction?: LineAction };

export function LazyTranscriptPanel({ recordingId, processing, markers, lineAction }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '400px');
  return (
    <div ref={ref}>
      {near ? (
        <Suspense fallback={<TranscriptSkeleton />}>
          <TranscriptPanel recordingId={recordingId} processing={processing} markers={markers} lineAction={lineAction} />
        </Suspense>
      ) : (
        <TranscriptSkeleton />
      )}
    </div>
  );
}
