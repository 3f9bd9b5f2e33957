import { useCallback, useMemo, type ReactNode } from 'react';
import { PageTitle } from '@/components/ui/page-title';
import { LazyAskPanel } from '@/features/ask/components/lazy-ask-panel';
import { Panel } from '@/components/ui/panel';
import { useAudioStore } from '@/features/conversation/audio-context';
import { useOpenAtMoment } from '@/features/conversation/hooks/use-open-at-moment';
import { LazyAudioPlayer } from '@/features/conversation/components/lazy-audio-player';
import { LazyTranscriptPanel } from '@/features/conversation/components/lazy-transcript-panel';
import type { LineAction } from '@/features/conversation/components/transcript-line';
import type { SeekMarker } from '@/features/conversation/seek-markers';
import { CommentsProvider } from '@/features/comments/composer';
import { LazyCommentsPanel } from '@/features/comments/components/lazy-comments-panel';
import { LineCommentButton } from '@/features/comments/components/line-comment-button';
import { useCommentThreads } from '@/features/comments/hooks/use-comment-threads';
import { threadMarkers } from '@/features/comments/threads';
import { SummarySections } from '@/features/conversation/components/summary-sections';
import { useSummarySections } from '@/features/conversation/hooks/use-summary-sections';
import { useMarkViewed } from '@/features/recordings/hooks/use-mark-viewed';
import { useRecording } from '@/features/recordings/hooks/use-recording';
import { Unreadable, type Recording } from '@/features/recordings/api/recording-schema';
import { PANELS, type PanelFlag, type PanelFlags, type UiPanelFlag, type UiPanelFlags } from '@/features/recordings/panels';
import { isStillProcessing } from '@/features/recordings/recording-status';
import { CrmCustomerPanel } from '@/features/recordings/components/crm-customer-panel';
import { EntityExtractionsPanel } from '@/features/recordings/components/entity-extractions-panel';
import { FollowupsPanel } from '@/features/recordings/components/followups-panel';
import { OpportunitiesPanel } from '@/features/recordings/components/opportunities-panel';
import { PanelToggles } from '@/features/recordings/components/panel-toggles';
import { RecordingError } from '@/features/recordings/components/recording-error';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { PanelSkeleton, RecordingSkeleton } from '@/features/recordings/components/recording-skeleton';
import { ShareActions } from '@/features/recordings/components/share-actions';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { MomentsSlot, ScoreSlot, TalkMetricsSlot, useMomentMarkers, type DocumentQuery } from './recording-coaching';

type Props = {
  id: string;
  flags: PanelFlags;
  /** The moment a link opened the recording at (`t`), if any. */
  startAtMs?: number | null;
  /** The UI-only panels (Transcript, Ask Siro, Comments). */
  uiFlags: UiPanelFlags;
  onToggle: (flag: PanelFlag | UiPanelFlag, on: boolean) => void;
  /** The full recording document (scorecard, moments, talk metrics), fetched by the route beside the recording. */
  document?: DocumentQuery;
  /** The moment kind the Moments panel shows; null for every kind. */
  momentKind?: string | null;
  onMomentKind?: (kind: string | null) => void;
};

// Which field of the recording each flag brings.
const SECTION: Record<PanelFlag, keyof Recording> = {
  showSummary: 'summary',
  showCrmCustomers: 'crmCustomer',
  showCrmOpportunities: 'crmOpportunities',
  showEntityExtractions: 'entityExtractions',
  showEvaluationScore: 'evaluationScore',
  showFollowups: 'followups',
};

const NO_MARKERS: readonly SeekMarker[] = [];

const LABEL = Object.fromEntries(PANELS.map(({ flag, label }) => [flag, label])) as Record<PanelFlag, string>;

export function RecordingPage({ id, flags, startAtMs = null, uiFlags, onToggle, document, momentKind = null, onMomentKind = () => {} }: Props) {
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
        <PageTitle>{data.title?.trim() || 'Untitled recording'}</PageTitle>
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
    body = <RecordingError error={query.error} retrying={query.isFetching} onRetry={retry} />;
  } else if (query.failureReason) {
    // Between automatic retries: say why we are waiting rather than spin silently.
    body = <RecordingError error={query.failureReason} retrying onRetry={retry} />;
  } else {
    body = (
      <>
        <PageTitle>Loading recording…</PageTitle>
        <RecordingSkeleton />
        {toggles}
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

function RecordingBody({ recording, flags, uiFlags, toggles, loadingMore, document, momentKind, onMomentKind }: BodyProps) {
  const processing = isStillProcessing(recording);
  const store = useAudioStore();
  const transcriptOn = uiFlags.showTranscript;
  const askOn = uiFlags.showAsk;
  const commentsOn = uiFlags.showComments;
  const { threads } = useCommentThreads(recording.id, commentsOn);
  // Each feature's moments, composed here: the player and the transcript only draw them.
  const momentsOn = Boolean(document) && uiFlags.showMoments === true;
  const talkMetricsOn = Boolean(document) && uiFlags.showTalkMetrics === true;
  const momentMarkers = useMomentMarkers(document, momentsOn);
  const markers = useMemo<readonly SeekMarker[]>(
    () => [...(commentsOn && threads ? threadMarkers(threads) : NO_MARKERS), ...momentMarkers],
    [commentsOn, threads, momentMarkers],
  );
  const lineAction = useCallback<LineAction>((line) => <LineCommentButton startMs={line.startMs} endMs={line.endMs} />, []);
  const currentMs = useCallback(() => store.getState().currentMs, [store]);
  const seek = useCallback((ms: number) => store.seek(ms), [store]);
  const play = useCallback((ms: number) => store.seek(ms, { play: true }), [store]);
  // A cited quote or a moment plays the audio: the player is there whenever one can be clicked.
  const playable = momentsOn || (flags.showEvaluationScore && Boolean(document?.data?.evaluation));
  const sections = useSummarySections(recording.id, flags.showSummary, processing);
  const panels: Record<PanelFlag, ReactNode> = {
    showSummary: (
      <SummaryPanel
        summary={recording.summary}
        sections={sections?.length ? <SummarySections sections={sections} /> : undefined}
        processing={processing}
      />
    ),
    showCrmCustomers: <CrmCustomerPanel customer={recording.crmCustomer} />,
    showCrmOpportunities: <OpportunitiesPanel opportunities={recording.crmOpportunities} />,
    showEntityExtractions: <EntityExtractionsPanel extractions={recording.entityExtractions} processing={processing} />,
    showEvaluationScore: <ScoreSlot recording={recording} document={document} onSeek={play} />,
    showFollowups: <FollowupsPanel followups={recording.followups} />,
  };
  const anyOn = PANELS.some(({ flag }) => flags[flag]) || transcriptOn || askOn || commentsOn || momentsOn || talkMetricsOn;
  // A panel just switched on shows a skeleton until its data arrives, not an empty state.
  const panel = (flag: PanelFlag) => {
    if (!flags[flag]) return null;
    if (loadingMore && recording[SECTION[flag]] === undefined) return <PanelSkeleton key={flag} />;
    return (
      <Panel key={flag} title={LABEL[flag]} resetKey={recording}>
        {panels[flag]}
      </Panel>
    );
  };

  // What happened comes first, where the early paint drew it (src/boot.ts): the header, then
  // the summary, then the controls and the rest.
  return (
    <CommentsProvider>
      <RecordingHeader recording={recording} />
      {panel('showSummary')}
      <ShareActions recording={shownSections(recording, flags)} />
      {toggles}
      {(flags.showSummary || transcriptOn || askOn || commentsOn || playable) && (
        <div className="min-w-0 print:hidden">
          <Panel title="Audio" resetKey={recording.id}>
            {recording.deleted ? (
              <p className="text-sm text-slate-700">No audio: this recording was deleted.</p>
            ) : (
              <LazyAudioPlayer recordingId={recording.id} processing={processing} media={mediaInfo(recording, document?.data)} markers={markers} />
            )}
          </Panel>
        </div>
      )}
      {/* Side by side on a wide screen when both are on; one alone takes the width. */}
      {(flags.showCrmCustomers || flags.showEvaluationScore) && (
        <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-[repeat(auto-fit,minmax(20rem,1fr))]">
          {panel('showCrmCustomers')}
          {panel('showEvaluationScore')}
        </div>
      )}
      {document && momentsOn && (
        <Panel title="Moments" resetKey={recording.id}>
          <MomentsSlot document={document} filter={momentKind} onFilter={onMomentKind} onSeek={play} />
        </Panel>
      )}
      {document && talkMetricsOn && (
        <Panel title="Talk metrics" resetKey={recording.id}>
          <TalkMetricsSlot recording={recording} document={document} processing={processing} />
        </Panel>
      )}
      {panel('showCrmOpportunities')}
      {panel('showEntityExtractions')}
      {panel('showFollowups')}
      {askOn && (
        <Panel title="Ask Siro" resetKey={recording.id}>
          <LazyAskPanel recordingId={recording.id} deleted={recording.deleted} processing={processing} onSeek={play} />
        </Panel>
      )}
      {commentsOn && (
        <Panel title="Comments" resetKey={recording.id}>
          <LazyCommentsPanel recordingId={recording.id} currentMs={currentMs} onSeek={seek} repUid={recording.userId} />
        </Panel>
      )}
      {transcriptOn && (
        <Panel title="Transcript" resetKey={recording.id}>
          <LazyTranscriptPanel recordingId={recording.id} processing={processing} markers={markers} lineAction={commentsOn ? lineAction : undefined} />
        </Panel>
      )}
      {!anyOn && <p className="text-sm text-slate-600">All panels are switched off. Switch one on above to see it.</p>}
    </CommentsProvider>
  );
}

/** What the lock screen and the notification shade say is playing. */
function mediaInfo(recording: Recording, full?: { repFirstName?: string | null; repLastName?: string | null } | null) {
  const customer = recording.crmCustomer instanceof Unreadable ? null : recording.crmCustomer?.name?.trim();
  const rep = [full?.repFirstName, full?.repLastName].filter(Boolean).join(' ').trim();
  const people = [rep, customer].filter(Boolean).join(' with ');
  return { title: recording.title?.trim() || 'Untitled recording', artist: people || 'Siro recording' };
}

/** The recording without the sections switched off: data cached for them must not be exported. */
function shownSections(recording: Recording, flags: PanelFlags): Recording {
  const shown = { ...recording };
  for (const { flag } of PANELS) if (!flags[flag]) delete shown[SECTION[flag]];
  return shown;
}
