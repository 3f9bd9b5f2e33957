import { useMemo } from 'react';

import { EmptyState, UnreadableState } from '@/components/ui/panel-frame';
import { useTranscript } from '@/features/conversation/hooks/use-transcript';
import type { RecordingDocument } from '@/features/recordings/api/recording-document-schema';
import type { Recording } from '@/features/recordings/api/recording-schema';
import type { ScoreBand } from '@/features/recordings/coaching/score-bands';
import { repTagOf, sentMetrics } from '@/features/recordings/coaching/talk-metrics';
import { LazyMomentsPanel, LazyScorecardPanel, LazyTalkMetricsPanel } from '@/features/recordings/components/lazy-coaching-panels';
import { ScorePanel } from '@/features/recordings/components/score-panel';

import { useKindNames, type DocumentQuery } from './recording-coaching';

// The coaching panels' bodies, in the chunk of the panels below the first screen (recording-panels.tsx).

const Loading = () => (
  <p aria-busy="true" className="text-sm text-slate-600">
    Loading…
  </p>
);

function DocumentProblem({ query, what }: { query: DocumentQuery; what: string }) {
  return (
    <div role="alert" className="text-sm text-slate-700">
      <p>
        {what} could not be loaded: {query.error?.message ?? 'Siro did not answer.'}
      </p>
      <button type="button" onClick={() => void query.refetch()} className="mt-2 font-medium text-brand-700 underline">
        Try again
      </button>
    </div>
  );
}

/** The scorecard when Siro evaluated the recording against one; the bare score otherwise. */
export function ScoreSlot({
  recording,
  document,
  bands,
  onSeek,
}: {
  recording: Recording;
  document?: DocumentQuery;
  bands?: readonly ScoreBand[];
  onSeek: (ms: number) => void;
}) {
  const evaluation = document?.data?.evaluation;
  if (evaluation) {
    return (
      <LazyScorecardPanel
        evaluation={evaluation}
        bands={bands ?? []}
        onSeek={onSeek}
        placeholder={<ScorePanel score={recording.evaluationScore} deleted={recording.deleted} />}
      />
    );
  }
  return (
    <>
      {document?.data?.evaluationUnreadable && <UnreadableState>Siro sent a scorecard, but it could not be read.</UnreadableState>}
      {document?.isError && <p className="mb-2 text-sm text-slate-600">The scorecard behind this score could not be loaded.</p>}
      <ScorePanel score={recording.evaluationScore} deleted={recording.deleted} />
    </>
  );
}

export function MomentsSlot({
  document,
  filter,
  onFilter,
  onSeek,
}: {
  document: DocumentQuery;
  filter: string | null;
  onFilter: (kind: string | null) => void;
  onSeek: (ms: number) => void;
}) {
  const kinds = useKindNames(true);
  if (document.isPending) return <Loading />;
  if (document.isError) return <DocumentProblem query={document} what="The moments" />;
  const tags = document.data?.jumpToTags;
  if (!tags) return <EmptyState>Siro tagged no moments in this recording.</EmptyState>;
  return <LazyMomentsPanel moments={tags.items} skipped={tags.skipped} kinds={kinds} filter={filter} onFilter={onFilter} onSeek={onSeek} />;
}

export function TalkMetricsSlot({
  recording,
  document,
  processing,
}: {
  recording: Recording;
  document: DocumentQuery;
  processing: boolean;
}) {
  if (document.isPending) return <Loading />;
  if (document.isError) return <DocumentProblem query={document} what="The talk metrics" />;
  const sent = sentMetrics(document.data);
  if (Object.keys(sent).length > 0) return <LazyTalkMetricsPanel metrics={sent} fromTranscript={false} />;
  return <TranscriptMetrics recording={recording} document={document.data ?? null} processing={processing} />;
}

/** Siro sent none: what the transcript allows, once all of it is in. */
function TranscriptMetrics({
  recording,
  document,
  processing,
}: {
  recording: Recording;
  document: RecordingDocument | null;
  processing: boolean;
}) {
  const transcript = useTranscript(recording.id, processing);
  const repName = [document?.repFirstName, document?.repLastName].filter(Boolean).join(' ');
  const speakerMap = document?.speakerMap.size ? document.speakerMap : transcript.speakerNames;
  const lines = useMemo(
    () => (transcript.complete ? { lines: transcript.lines, repTag: repTagOf(speakerMap, repName) } : undefined),
    [transcript.complete, transcript.lines, speakerMap, repName],
  );
  return <LazyTalkMetricsPanel transcript={lines} fromTranscript loading={!transcript.complete && !transcript.query.isError} />;
}
