import { EmptyState, SkippedNotice } from '@/components/ui/panel';
import { useTranscript } from '../hooks/use-transcript';
import { TranscriptSkeleton } from './transcript-skeleton';
import { TranscriptView } from './transcript-view';

type Props = { recordingId: string; processing: boolean };

/** The transcript panel's body: loading, failure and empty states around the lines. */
export default function TranscriptPanel({ recordingId, processing }: Props) {
  const transcript = useTranscript(recordingId, processing);
  const { query } = transcript;

  if (query.isPending) return <TranscriptSkeleton />;
  if (query.isError && transcript.lines.length === 0 && !query.isFetchNextPageError) {
    return (
      <div role="alert" className="text-sm text-slate-700">
        <p>The transcript could not be loaded: {query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching} className="mt-2 font-medium text-brand-700 underline">
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
      <TranscriptView lines={transcript.lines} speakerNames={transcript.speakerNames} speakerTags={transcript.speakerTags} complete={transcript.complete} />
      <p role="status" className="mt-2 text-sm text-slate-600 empty:hidden">
        {transcript.loadingMore && `Loading the rest of the transcript… ${transcript.lines.length} lines so far.`}
      </p>
      {query.isFetchNextPageError && (
        <div role="alert" className="mt-2 text-sm text-slate-700">
          Part of the transcript could not be loaded: {query.error?.message}{' '}
          <button type="button" onClick={() => void query.fetchNextPage()} className="font-medium text-brand-700 underline">
            Load the rest
          </button>
        </div>
      )}
      <SkippedNotice count={transcript.skipped} noun="line" plural="lines" />
    </>
  );
}
