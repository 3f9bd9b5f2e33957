import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';

import { EmptyState, UnreadableState } from '@/components/ui/panel-frame';
import { useTranscript } from '@/features/conversation/hooks/use-transcript';
import type { SeekMarker } from '@/features/conversation/seek-markers';
import { lookupQueries } from '@/features/recordings/api/get-lookups';
import type { RecordingDocument } from '@/features/recordings/api/recording-document-schema';
import type { Recording } from '@/features/recordings/api/recording-schema';
import { kindGlyph, kindName } from '@/features/recordings/coaching/moment-kinds';
import { repTagOf, sentMetrics } from '@/features/recordings/coaching/talk-metrics';
import { LazyMomentsPanel, LazyScorecardPanel, LazyTalkMetricsPanel } from '@/features/recordings/components/lazy-coaching-panels';
import { ScorePanel } from '@/features/recordings/components/score-panel';
import { formatTimestamp } from '@/lib/format-timestamp';

// The coaching panels (scorecard, moments, talk metrics) read the full recording document; the
// route fetches it once, beside the recording, and composes these with the player and transcript.

export type DocumentQuery = UseQueryResult<RecordingDocument | null>;

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
  onSeek,
}: {
  recording: Recording;
  document?: DocumentQuery;
  onSeek: (ms: number) => void;
}) {
  const evaluation = document?.data?.evaluation;
  const organizationId = recording.organizationId ?? document?.data?.organizationId ?? '';
  const bands = useQuery({ ...lookupQueries.scoreBands(organizationId ?? ''), enabled: Boolean(evaluation && organizationId) });
  if (evaluation) {
    return (
      <LazyScorecardPanel
        evaluation={evaluation}
        bands={bands.data ?? []}
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

function useKindNames(enabled: boolean) {
  return useQuery({ ...lookupQueries.momentKinds(), enabled }).data ?? [];
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

/** The moments as seek-bar markers, named by kind and time. */
export function useMomentMarkers(document: DocumentQuery | undefined, on: boolean): SeekMarker[] {
  const tags = document?.data?.jumpToTags?.items;
  const kinds = useKindNames(on && Boolean(tags?.length));
  return useMemo(() => {
    if (!on || !tags) return [];
    return tags.map((moment, index) => {
      const name = kindName(moment.kind, moment.bookmarkConfigId, kinds);
      return {
        id: `moment-${index}`,
        atMs: moment.startMs,
        label: `${name} at ${formatTimestamp(moment.startMs)}`,
        glyph: kindGlyph(moment.kind, name),
        kind: moment.kind,
      };
    });
  }, [on, tags, kinds]);
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
