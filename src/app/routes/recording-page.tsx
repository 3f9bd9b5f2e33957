import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';

import { longText } from '@/components/ui/long-text';
import { NearViewport } from '@/components/ui/near-viewport';
import { PageTitle } from '@/components/ui/page-title';
import { Panel } from '@/components/ui/panel';
import { LazyAskPanel } from '@/features/ask/components/lazy-ask-panel';
import { LazyCommentsPanel } from '@/features/comments/components/lazy-comments-panel';
import { CommentsProvider } from '@/features/comments/composer';
import { useAudioSelector, useAudioStore } from '@/features/conversation/audio-context';
import { LazyAudioPlayer } from '@/features/conversation/components/lazy-audio-player';
import { LazyTranscriptPanel } from '@/features/conversation/components/lazy-transcript-panel';
import { SummarySections } from '@/features/conversation/components/summary-sections';
import type { LineAction } from '@/features/conversation/components/transcript-line';
import { useOpenAtMoment } from '@/features/conversation/hooks/use-open-at-moment';
import { useSummarySections } from '@/features/conversation/hooks/use-summary-sections';
import type { SeekMarker } from '@/features/conversation/seek-markers';
import { LazyOutcomeEditor } from '@/features/outcomes/components/lazy-outcome-editor';
import { setCachedOutcomeLabel } from '@/features/recordings/api/get-recording';
import { Unreadable, type Recording } from '@/features/recordings/api/recording-schema';
import { PanelToggles } from '@/features/recordings/components/panel-toggles';
import { PrintHeader } from '@/features/recordings/components/print-header';
import { RecordingError } from '@/features/recordings/components/recording-error';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { RecordingIds } from '@/features/recordings/components/recording-ids';
import {
  PanelBodySkeleton,
  PanelSkeleton,
  RecordingSkeleton,
  ShareActionsSkeleton,
} from '@/features/recordings/components/recording-skeleton';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { ViewBar } from '@/features/recordings/components/view-bar';
import { useMarkViewed } from '@/features/recordings/hooks/use-mark-viewed';
import { useRecording } from '@/features/recordings/hooks/use-recording';
import { useSectionJump } from '@/features/recordings/hooks/use-section-jump';
import {
  PAGE_ORDER,
  shownSections,
  type AnyPanel,
  type PanelFlag,
  type PanelFlags,
  type PanelSlot,
  type UiPanelFlag,
  type UiPanelFlags,
} from '@/features/recordings/panels';
import { recordingTitle } from '@/features/recordings/recording-facts';
import { isStillProcessing } from '@/features/recordings/recording-status';
import { useNearViewport } from '@/hooks/use-near-viewport';
import { useRevealInSteps } from '@/hooks/use-reveal-in-steps';

import { useKindNames, useScoreBands, type DocumentQuery } from './recording-coaching';

type Props = {
  id: string;
  flags: PanelFlags;
  /** The moment a link opened the recording at (`t`), if any. */
  startAtMs?: number | null;
  /** The UI-only panels (Transcript, Moments, Ask Siro, Comments…). */
  uiFlags: UiPanelFlags;
  onToggle: (flag: PanelFlag | UiPanelFlag, on: boolean) => void;
  /** The full recording document (rep, scorecard, moments, talk metrics), fetched by the route beside the recording. */
  document?: DocumentQuery;
  /** The moment kind the Moments panel shows; null for every kind. */
  momentKind?: string | null;
  onMomentKind?: (kind: string | null) => void;
};

export function RecordingPage({
  id,
  flags,
  startAtMs = null,
  uiFlags,
  onToggle,
  document,
  momentKind = null,
  onMomentKind = () => {},
}: Props) {
  const query = useRecording(id, flags);
  const { data } = query;
  useMarkViewed(id, data !== undefined);
  useOpenAtMoment(data && !data.deleted ? startAtMs : null);
  const retry = () => void query.refetch();

  const toggles = <PanelToggles flags={flags} uiFlags={uiFlags} onToggle={onToggle} />;
  let body: ReactNode;
  if (data) {
    body = (
      <>
        <PageTitle>{recordingTitle(data)}</PageTitle>
        <RecordingBody
          recording={data}
          flags={flags}
          uiFlags={uiFlags}
          toggles={toggles}
          loadingMore={query.isPlaceholderData}
          document={document}
          momentKind={momentKind}
          onMomentKind={onMomentKind}
        />
      </>
    );
  } else if (query.isError) {
    body = <RecordingError id={id} error={query.error} retrying={query.isFetching} onRetry={retry} />;
  } else if (query.failureReason) {
    // Between automatic retries: say why we are waiting rather than spin silently.
    body = <RecordingError id={id} error={query.failureReason} retrying onRetry={retry} />;
  } else {
    body = (
      <>
        <PageTitle>Loading recording…</PageTitle>
        <RecordingSkeleton />
        <ViewBar shown={[]} customize={toggles} />
      </>
    );
  }

  return (
    <div className="space-y-4">
      {data && query.isError && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Showing the last version loaded; refreshing it failed.{' '}
          <button type="button" onClick={retry} className="font-medium underline">
            Retry
          </button>
        </p>
      )}
      {body}
    </div>
  );
}

const panels = () => import('./recording-panels');
const CrmCustomerPanel = lazy(() => panels().then((module) => ({ default: module.CrmCustomerPanel })));
const OpportunitiesPanel = lazy(() => panels().then((module) => ({ default: module.OpportunitiesPanel })));
const EntityExtractionsPanel = lazy(() => panels().then((module) => ({ default: module.EntityExtractionsPanel })));
const FollowupsPanel = lazy(() => panels().then((module) => ({ default: module.FollowupsPanel })));
const ScorePanel = lazy(() => panels().then((module) => ({ default: module.ScorePanel })));
const ScoreSlot = lazy(() => panels().then((module) => ({ default: module.ScoreSlot })));
const MomentsSlot = lazy(() => panels().then((module) => ({ default: module.MomentsSlot })));
const TalkMetricsSlot = lazy(() => panels().then((module) => ({ default: module.TalkMetricsSlot })));
const ShareActions = lazy(() => panels().then((module) => ({ default: module.ShareActions })));

/** A panel body whose code loads as it comes near, a skeleton `height` px tall until then. */
function LazyBody({ height, children }: { height: number; children: ReactNode }) {
  return <NearViewport placeholder={<PanelBodySkeleton height={height} />}>{children}</NearViewport>;
}

/**
 * About how tall a list panel's body will be on a phone, at `perItem` pixels a row, for the items
 * it shows before Show all (LongListBody's fold): its skeleton holds that place.
 */
const listHeight = (list: { items: unknown[] } | null | undefined, perItem: number) =>
  Math.min(list?.items.length ?? 0, 12) * perItem || 20;

const NO_MARKERS: readonly SeekMarker[] = [];
const ConversationMarkers = lazy(() => import('./recording-markers'));
type LineButton = ComponentType<{ startMs: number; endMs: number }>;

/** Calls `onNear` once its place comes within a screen of the viewport. */
function NearSignal({ onNear }: { onNear: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '100% 0px');
  useEffect(() => {
    if (near) onNear();
  }, [near, onNear]);
  return <div ref={ref} />;
}

type BodyProps = {
  recording: Recording;
  flags: PanelFlags;
  uiFlags: UiPanelFlags;
  toggles: ReactNode;
  loadingMore: boolean;
  document?: DocumentQuery;
  momentKind: string | null;
  onMomentKind: (kind: string | null) => void;
};

/** The rep's name from the full document: undefined while it is on its way, null when unknown. */
function repName(document: DocumentQuery | undefined): string | null | undefined {
  if (!document || document.isPending) return undefined;
  const name = [document.data?.repFirstName, document.data?.repLastName].filter(Boolean).join(' ').trim();
  return name || null;
}

function RecordingBody({ recording, flags, uiFlags, toggles, loadingMore, document, momentKind, onMomentKind }: BodyProps) {
  const processing = isStillProcessing(recording);
  const store = useAudioStore();
  const on: Record<PanelFlag | UiPanelFlag, boolean> = {
    ...flags,
    ...uiFlags,
    showMoments: Boolean(document) && uiFlags.showMoments,
    showTalkMetrics: Boolean(document) && uiFlags.showTalkMetrics,
  };
  // The player's and the transcript's markers (moments, comments) load with them: once either
  // is about to be seen, or the audio is asked to play or show a line.
  const [markersNear, setMarkersNear] = useState(false);
  const markersNeeded = useAudioSelector((state) => state.engaged || state.revealRequests > 0) || markersNear;
  const nearPlayer = useCallback(() => setMarkersNear(true), []);
  const [loadedMarkers, setMarkers] = useState<readonly SeekMarker[]>(NO_MARKERS);
  const withMarkers = on.showMoments || on.showComments;
  const markers = withMarkers ? loadedMarkers : NO_MARKERS;
  // Asked for with the document, not when the markers' or the Moments panel's code loads.
  useKindNames(on.showMoments && Boolean(document?.data?.jumpToTags?.items.length));
  const bands = useScoreBands(recording, document, flags.showEvaluationScore);
  // The lines' comment button comes with the markers' chunk, as the transcript nears: a new
  // lineAction then renders the transcript again, which keeps its lines one tab stop.
  const [LineCommentButton, setLineButton] = useState<LineButton | null>(null);
  const lineAction = useCallback<LineAction>(
    (line) =>
      LineCommentButton ? <LineCommentButton startMs={line.startMs} endMs={line.endMs} /> : <span className="inline-flex size-8" />,
    [LineCommentButton],
  );
  const currentMs = useCallback(() => store.getState().currentMs, [store]);
  const seek = useCallback((ms: number) => store.seek(ms), [store]);
  const play = useCallback((ms: number) => store.seek(ms, { play: true }), [store]);
  // A cited quote or a moment plays the audio: the player loads at once whenever one can be clicked.
  const playable = on.showMoments || (flags.showEvaluationScore && Boolean(document?.data?.evaluation));
  const sections = useSummarySections(recording.id, flags.showSummary, processing);
  const queryClient = useQueryClient();
  const onOutcome = useCallback(
    (label: string | null) => setCachedOutcomeLabel(queryClient, recording.id, label),
    [queryClient, recording.id],
  );
  const content: Record<PanelFlag | UiPanelFlag, ReactNode> = {
    showSummary: (
      <SummaryPanel
        summary={recording.summary}
        sections={sections?.length ? <SummarySections sections={sections} /> : undefined}
        processing={processing}
        showText={longText}
      />
    ),
    showCrmCustomers: (
      <LazyBody height={recording.crmCustomer ? 540 : 20}>
        <CrmCustomerPanel customer={recording.crmCustomer} />
      </LazyBody>
    ),
    showCrmOpportunities: (
      <LazyBody height={listHeight(recording.crmOpportunities, 440)}>
        <OpportunitiesPanel opportunities={recording.crmOpportunities} />
      </LazyBody>
    ),
    showEntityExtractions: (
      <LazyBody height={listHeight(recording.entityExtractions, 145)}>
        <EntityExtractionsPanel extractions={recording.entityExtractions} processing={processing} />
      </LazyBody>
    ),
    showEvaluationScore: (
      <LazyBody height={84}>
        {document ? (
          <ScoreSlot recording={recording} document={document} bands={bands} onSeek={play} />
        ) : (
          <ScorePanel score={recording.evaluationScore} deleted={recording.deleted} />
        )}
      </LazyBody>
    ),
    showFollowups: (
      <LazyBody height={listHeight(recording.followups, 1000)}>
        <FollowupsPanel followups={recording.followups} />
      </LazyBody>
    ),
    showTranscript: (
      <>
        <NearSignal onNear={nearPlayer} />
        <LazyTranscriptPanel
          recordingId={recording.id}
          processing={processing}
          markers={markers}
          lineAction={on.showComments ? lineAction : undefined}
        />
      </>
    ),
    showMoments: document && (
      <LazyBody height={120}>
        <MomentsSlot document={document} filter={momentKind} onFilter={onMomentKind} onSeek={play} />
      </LazyBody>
    ),
    showTalkMetrics: document && (
      <LazyBody height={120}>
        <TalkMetricsSlot recording={recording} document={document} processing={processing} />
      </LazyBody>
    ),
    showAsk: <LazyAskPanel recordingId={recording.id} deleted={recording.deleted} processing={processing} onSeek={play} />,
    showComments: <LazyCommentsPanel recordingId={recording.id} currentMs={currentMs} onSeek={seek} repUid={recording.userId} />,
  };
  const shown = PAGE_ORDER.filter((entry) => on[entry.flag]);
  useSectionJump(shown.map((entry) => entry.anchor));
  // A panel just switched on shows a skeleton until its data arrives, not an empty state.
  const panel = (entry: AnyPanel) => {
    if (!on[entry.flag]) return null;
    if (loadingMore && entry.field && recording[entry.field] === undefined) return <PanelSkeleton key={entry.flag} />;
    return (
      <Panel key={entry.flag} title={entry.label} anchor={entry.anchor} resetKey={entry.field ? recording : recording.id}>
        {content[entry.flag]}
      </Panel>
    );
  };
  const slot = (name: PanelSlot) => shown.filter((entry) => entry.slot === name).map(panel);
  // Below the summary, one part after another, each in its own later render: the first screen
  // (what the early paint drew) is React's first task alone, not the whole long page.
  const later = [
    <NearViewport key="share" placeholder={<ShareActionsSkeleton />}>
      <ShareActions recording={shownSections(recording, flags)} />
    </NearViewport>,
    <div key="audio" className="min-w-0 print:hidden">
      <NearSignal onNear={nearPlayer} />
      <Panel title="Audio" anchor="audio" resetKey={recording.id}>
        {recording.deleted ? (
          <p className="text-sm text-slate-700">No audio: this recording was deleted.</p>
        ) : (
          <LazyAudioPlayer
            recordingId={recording.id}
            processing={processing}
            media={mediaInfo(recording, document?.data)}
            markers={markers}
            onDemand={!flags.showSummary && !on.showTranscript && !on.showAsk && !on.showComments && !playable}
          />
        )}
      </Panel>
    </div>,
    // Side by side on a wide screen when both are on; one alone takes the width.
    shown.some((entry) => entry.slot === 'side') && (
      <div key="side" className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-[repeat(auto-fit,minmax(20rem,1fr))]">
        {slot('side')}
      </div>
    ),
    ...slot('main'),
    ...slot('end'),
  ].filter(Boolean);
  const revealed = useRevealInSteps(later.length);

  // What happened comes first, where the boot script drew it before React loaded: the header,
  // the section navigation with Customize view, the summary; then the rest.
  return (
    <CommentsProvider>
      {withMarkers && markersNeeded && (
        <Suspense>
          <ConversationMarkers
            recordingId={recording.id}
            document={document}
            moments={on.showMoments}
            comments={on.showComments}
            onMarkers={setMarkers}
            onLineButton={setLineButton}
          />
        </Suspense>
      )}
      <PrintHeader id={recording.id} title={recordingTitle(recording)} />
      <RecordingHeader
        recording={recording}
        rep={repName(document)}
        ids={<RecordingIds recording={recording} />}
        outcomeAction={
          !recording.deleted && (
            <LazyOutcomeEditor recordingId={recording.id} onLabel={onOutcome} edited={document?.data?.manuallyEdited === true} />
          )
        }
        showText={longText}
      />
      <ViewBar shown={shown} customize={toggles} />
      {slot('lead')}
      {later.slice(0, revealed)}
      {/* Until every part is there: printing (ShareActions) waits for it. */}
      {revealed < later.length && <div hidden aria-busy="true" />}
      {shown.length === 0 && (
        <p className="text-sm text-slate-600">All panels are switched off. Switch one on in Customize view to see it.</p>
      )}
    </CommentsProvider>
  );
}

/** What the lock screen and the notification shade say is playing. */
function mediaInfo(recording: Recording, full?: { repFirstName?: string | null; repLastName?: string | null } | null) {
  const customer = recording.crmCustomer instanceof Unreadable ? null : recording.crmCustomer?.name?.trim();
  const rep = [full?.repFirstName, full?.repLastName].filter(Boolean).join(' ').trim();
  const people = [rep, customer].filter(Boolean).join(' with ');
  return { title: recordingTitle(recording), artist: people || 'Siro recording' };
}
