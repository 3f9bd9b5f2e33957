import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';
import { useRecording } from '../hooks/use-recording';
import type { Recording } from '../api/recording-schema';
import { PANELS, type PanelFlag, type PanelFlags } from '../panels';
import { isStillProcessing } from '../recording-status';
import { CrmCustomerPanel } from './crm-customer-panel';
import { EntityExtractionsPanel } from './entity-extractions-panel';
import { FollowupsPanel } from './followups-panel';
import { OpportunitiesPanel } from './opportunities-panel';
import { PanelToggles } from './panel-toggles';
import { RecordingError } from './recording-error';
import { RecordingHeader } from './recording-header';
import { PanelSkeleton, RecordingSkeleton } from './recording-skeleton';
import { ScorePanel } from './score-panel';
import { ShareActions } from './share-actions';
import { SummaryPanel } from './summary-panel';

type Props = { id: string; flags: PanelFlags; onToggle: (flag: PanelFlag, on: boolean) => void };

// Which field of the recording each flag brings.
const SECTION: Record<PanelFlag, keyof Recording> = {
  showSummary: 'summary',
  showCrmCustomers: 'crmCustomer',
  showCrmOpportunities: 'crmOpportunities',
  showEntityExtractions: 'entityExtractions',
  showEvaluationScore: 'evaluationScore',
  showFollowups: 'followups',
};

export function RecordingPage({ id, flags, onToggle }: Props) {
  const query = useRecording(id, flags);
  const { data } = query;
  const retry = () => void query.refetch();

  const toggles = <PanelToggles flags={flags} onToggle={onToggle} />;
  let body: ReactNode;
  if (data) {
    body = <RecordingBody recording={data} flags={flags} toggles={toggles} loadingMore={query.isPlaceholderData} />;
  } else if (query.isError) {
    body = <RecordingError error={query.error} retrying={query.isFetching} onRetry={retry} />;
  } else if (query.failureReason) {
    // Between automatic retries: say why we are waiting rather than spin silently.
    body = <RecordingError error={query.failureReason} retrying onRetry={retry} />;
  } else {
    body = (
      <>
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

type BodyProps = { recording: Recording; flags: PanelFlags; toggles: ReactNode; loadingMore: boolean };

function RecordingBody({ recording, flags, toggles, loadingMore }: BodyProps) {
  const processing = isStillProcessing(recording);
  const panels: Record<PanelFlag, ReactNode> = {
    showSummary: <SummaryPanel summary={recording.summary} processing={processing} />,
    showCrmCustomers: <CrmCustomerPanel customer={recording.crmCustomer} />,
    showCrmOpportunities: <OpportunitiesPanel opportunities={recording.crmOpportunities} />,
    showEntityExtractions: <EntityExtractionsPanel extractions={recording.entityExtractions} processing={processing} />,
    showEvaluationScore: <ScorePanel score={recording.evaluationScore} />,
    showFollowups: <FollowupsPanel followups={recording.followups} />,
  };
  const anyOn = PANELS.some(({ flag }) => flags[flag]);

  return (
    <>
      <RecordingHeader recording={recording} />
      <ShareActions recording={recording} />
      {toggles}
      <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-2">
        {PANELS.map(({ flag, label }) => {
          if (!flags[flag]) return null;
          // A panel just switched on shows a skeleton until its data arrives, not an empty state.
          const waiting = loadingMore && recording[SECTION[flag]] === undefined;
          const wide = flag === 'showEntityExtractions' || flag === 'showCrmOpportunities';
          return (
            <div key={flag} className={wide ? 'min-w-0 lg:col-span-2' : 'min-w-0'}>
              {waiting ? (
                <PanelSkeleton />
              ) : (
                <Panel title={label} resetKey={recording}>
                  {panels[flag]}
                </Panel>
              )}
            </div>
          );
        })}
      </div>
      {!anyOn && <p className="text-sm text-slate-600">All panels are switched off. Switch one on above to see it.</p>}
    </>
  );
}
