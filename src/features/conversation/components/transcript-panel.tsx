import { cn } from '@/components/ui/cn';
import { EmptyState, SkippedNotice } from '@/components/ui/panel-frame';

import { useTranscript } from '../hooks/use-transcript';
import type { SeekMarker } from '../seek-markers';
import type { LineAction } from './transcript-line';
import { TranscriptSkeleton } from './transcript-skeleton';
import { TranscriptView } from './transcript-view';

type Props = { recordingId: string; processing: boolean; markers?: readonly SeekMarker[]; lineAction?: LineAction };

/** The transcript panel's body: loading, failure and empty states around the lines. */
export default function TranscriptPanel({ recordingId, processing, markers, lineAction }: Props) {
  const transcript = useTranscript(recordingId, processing);
  const { query } = transcript;
  const loadRest = () => void query.fetchNextPage();
  // Said once the background loading of later pages is over, not for a single-page transcript.
  const loadedInPages = transcript.complete && (query.data?.pages.length ?? 0) > 1;

  if (query.isPending) return <TranscriptSkeleton />;
  if (query.isError && transcript.lines.length === 0 && !query.isFetchNextPageError) {
    return (
      <div role="alert" className="text-sm text-slate-700">
        <p>The transcript could not be loaded: {query.error.message}</p>
        <button
          type="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
          className="mt-2 font-medium text-brand-700 underline print:hidden"
        >
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  if (transcript.complete && transcript.lines.length === 0) {
    return (
      <EmptyState>
        {processing ? 'The transcript will appear when Siro finishes processing.' : 'No transcript for this recording.'}
      </EmptyState>
    );
  }

  return (
    <>
      <TranscriptView
        lines={transcript.lines}
        speakerNames={transcript.speakerNames}
        speakerTags={transcript.speakerTags}
        status={transcript.status}
        onLoadRest={loadRest}
        markers={markers}
        lineAction={lineAction}
      />
      {/* The live part says when loading starts and ends; the count, outside it, is not read out page by page. */}
      <p className={cn('text-sm text-slate-600 print:hidden', transcript.loadingMore && 'mt-2')}>
        <span role="status">
          {transcript.loadingMore && 'Loading the rest of the transcript…'}
          {loadedInPages && <span className="sr-only">{`All ${transcript.lines.length} lines of the transcript are loaded.`}</span>}
        </span>
        {transcript.loadingMore && ` ${transcript.lines.length} lines so far.`}
      </p>
      {query.isFetchNextPageError && (
        <div role="alert" className="mt-2 text-sm text-slate-700">
          Part of the transcript could not be loaded: {query.error?.message}{' '}
          <button
            type="button"
            onClick={loadRest}
            disabled={query.isFetchingNextPage}
            className="font-medium text-brand-700 underline print:hidden"
          >
            {query.isFetchingNextPage ? 'Loading…' : 'Load the rest'}
          </button>
        </div>
      )}
      <SkippedNotice count={transcript.skipped} noun="line" plural="lines" />
    </>
  );
}
