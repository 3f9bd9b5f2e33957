import { useCallback, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { PageTitle } from '@/components/ui/page-title';
import { LazyAskPanel } from '@/features/ask/components/lazy-ask-panel';
import { Panel } from '@/components/ui/panel';
import { useAudioStore } from '@/features/conversation/audio-context';
import { FollowupsPanel } from '@/features/followups/components/followups-panel';
import { OutcomeEditor } from '@/features/outcomes/components/outcome-editor';
import { setCachedOutcomeLabel } from '@/features/recordings/api/get-recording';
import { LazyAudioPlayer } from '@/features/conversation/components/lazy-audio-player';
import { LazyTranscriptPanel } from '@/features/conversation/components/lazy-transcript-panel';
import { SummarySections } from '@/features/conversation/components/summary-sections';
import { useSummarySections } from '@/features/conversation/hooks/use-summary-sections';
import { useRecording } from '@/features/recordings/hooks/use-recording';
import type { Recording } from '@/features/recordings/api/recording-schema';
import { PANELS, type PanelFlag, type PanelFlags, type UiPanelFlag, type UiPanelFlags } from '@/features/recordings/panels';
import { isStillProcessing } from '@/features/recordings/recording-status';
import { CrmCustomerPanel } from '@/features/recordings/components/crm-customer-panel';
import { EntityExtractionsPanel } from '@/features/recordings/components/entity-extractions-panel';
import { OpportunitiesPanel } from '@/features/recordings/components/opportunities-panel';
import { PanelToggles } from '@/features/recordings/components/panel-toggles';
import { RecordingError } from '@/features/recordings/components/recording-error';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { PanelSkeleton, RecordingSkeleton } from '@/features/recordings/components/recording-skeleton';
import { ScorePanel } from '@/features/recordings/components/score-panel';
import { ShareActions } from '@/features/recordings/components/share-actions';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';

type Props = {
  id: string;
  flags: PanelFlags;
  /** The UI-only panels (Transcript); without them, and without an AudioProvider, the page shows the API panels only. */
  uiFlags?: UiPanelFlags;
  onToggle: (flag: PanelFlag | UiPanelFlag, on: boolean) => void;
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

const LABEL = Object.fromEntries(PANELS.map(({ flag, label }) => [flag, label])) as Record<PanelFlag, string>;

export function RecordingPage({ id, flags, uiFlags, onToggle }: Props) {
  const query = useRecording(id, flags);
  const { data } = query;
  const retry = () => void query.refetch();

  const toggles = <PanelToggles flags={flags} uiFlags={uiFlags} onToggle={onToggle} />;
  let body: ReactNode;
  if (data) {
    body = (
      <>
        <PageTitle>{data.title?.trim() || 'Untitled recording'}</PageTitle>
        <RecordingBody recording={data} flags={flags} uiFlags={uiFlags} toggles={toggles} loadingMore={query.isPlaceholderData} />
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

type BodyProps = { recording: Recording; flags: PanelFlags; uiFlags?: UiPanelFlags; toggles: ReactNode; loadingMore: boolean };

function RecordingBody({ recording, flags, uiFlags, toggles, loadingMore }: BodyProps) {
  const processing = isStillProcessing(recording);
  // Audio, transcript and summary sections come with the route's AudioProvider.
  const audio = useAudioStore();
  const media = audio !== null;
  const transcriptOn = media && uiFlags?.showTranscript === true;
  const askOn = uiFlags?.showAsk === true;
  const sections = useSummarySections(recording.id, media && flags.showSummary, processing);
  const queryClient = useQueryClient();
  const onOutcome = useCallback((label: string | null) => setCachedOutcomeLabel(queryClient, recording.id, label), [queryClient, recording.id]);
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
    showEvaluationScore: <ScorePanel score={recording.evaluationScore} />,
    showFollowups: <FollowupsPanel followups={recording.followups} />,
  };
  const anyOn = PANELS.some(({ flag }) => flags[flag]) || transcriptOn || askOn;
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
    <>
      <RecordingHeader recording={recording} outcomeAction={!recording.deleted && <OutcomeEditor recordingId={recording.id} onLabel={onOutcome} />} />
      {panel('showSummary')}
      <ShareActions recording={shownSections(recording, flags)} />
      {toggles}
      {media && (flags.showSummary || transcriptOn || askOn) && (
        <div className="z-10 min-w-0 sm:sticky sm:top-0 print:hidden">
          <Panel title="Audio" resetKey={recording.id}>
            <LazyAudioPlayer recordingId={recording.id} processing={processing} />
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
      {panel('showCrmOpportunities')}
      {panel('showEntityExtractions')}
      {panel('showFollowups')}
      {askOn && (
        <Panel title="Ask Siro" resetKey={recording.id}>
          <LazyAskPanel recordingId={recording.id} deleted={recording.deleted} processing={processing} onSeek={(ms) => audio?.seek(ms, { play: true })} />
        </Panel>
      )}
      {transcriptOn && (
        <Panel title="Transcript" resetKey={recording.id}>
          <LazyTranscriptPanel recordingId={recording.id} processing={processing} />
        </Panel>
      )}
      {!anyOn && <p className="text-sm text-slate-600">All panels are switched off. Switch one on above to see it.</p>}
    </>
  );
}

/** The recording without the sections switched off: data cached for them must not be exported. */
function shownSections(recording: Recording, flags: PanelFlags): Recording {
  const shown = { ...recording };
  for (const { flag } of PANELS) if (!flags[flag]) delete shown[SECTION[flag]];
  return shown;
}
