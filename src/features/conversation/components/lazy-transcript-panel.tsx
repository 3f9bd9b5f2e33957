import { lazy, Suspense } from 'react';
import { TranscriptSkeleton } from './transcript-skeleton';

const load = () => import('./transcript-panel');
const TranscriptPanel = lazy(load);

/** Starts downloading the transcript's code early (route loader), beside its first page. */
export function preloadTranscriptPanel() {
  void load().catch(() => {});
}

/** The transcript, loaded on its own so the header and summary never wait for it. */
export function LazyTranscriptPanel({ recordingId, processing }: { recordingId: string; processing: boolean }) {
  return (
    <Suspense fallback={<TranscriptSkeleton />}>
      <TranscriptPanel recordingId={recordingId} processing={processing} />
    </Suspense>
  );
}
