import type { ReactNode } from 'react';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { clippedText, type ShowText } from '@/lib/clip-text';
import { formatCurrency, formatDateTime, formatDuration, formatNumber } from '@/lib/format';

import type { FirstScreenRecording } from '../api/recording-schema';
import { outcomeBadge } from '../labels';
import { customerName, dealAmount, recordingTitle } from '../recording-facts';
import { isStillProcessing, statusLine } from '../recording-status';

type Props = {
  recording: FirstScreenRecording;
  /** The rep's name; undefined while it is on its way (its place is held), null when unknown. */
  rep?: string | null;
  /** The IDs, behind their disclosure; the boot script draws the closed disclosure without them. */
  ids?: ReactNode;
  /** Actions on the outcome (Change outcome), composed by the route; the boot script draws none. */
  outcomeAction?: ReactNode;
  /** How API text is shown: cut (the first screen), or with Show more (the app). */
  showText?: ShowText;
};

/**
 * Who, with whom, how it went, when and how long: what a manager needs from the first screen.
 * The statuses say one quiet line when all is done and speak up otherwise. Hook-free: the boot
 * script draws this before React has loaded, and React draws the same.
 */
export function RecordingHeader({ recording, rep, ids, outcomeAction, showText = clippedText }: Props) {
  const outcome = recording.universalOutcomeLabel ? outcomeBadge(recording.universalOutcomeLabel) : null;
  const score = typeof recording.evaluationScore === 'number' ? recording.evaluationScore : null;
  const customer = customerName(recording);
  const deal = formatCurrency(dealAmount(recording));
  const recordedAt = formatDateTime(recording.dateCreated);
  const duration = formatDuration(recording.durationInMilliseconds);
  const when = [
    recordedAt ? (
      <time key="at" dateTime={recording.dateCreated ?? undefined}>
        {recordedAt}
      </time>
    ) : (
      'Recording date not available'
    ),
    duration && (
      <span key="length">
        <span className="sr-only">Length </span>
        {duration}
      </span>
    ),
    recording.conversationType && <bdi key="type">{clippedText(recording.conversationType, 120)}</bdi>,
    recording.transcriptionLanguage && <bdi key="language">{clippedText(recording.transcriptionLanguage, 120)}</bdi>,
  ].filter(Boolean);
  const status = statusLine(recording);
  return (
    <header className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      {recording.deleted && (
        <p role="note" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          This recording was deleted. What Siro still holds is shown for reference.
        </p>
      )}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 dir="auto" className="min-w-0 text-xl font-semibold break-words text-slate-900 sm:text-2xl">
          {showText(recordingTitle(recording), 300)}
        </h1>
        {(outcome || score !== null) && (
          <p className="flex flex-wrap items-center gap-1.5 text-sm">
            {outcome && (
              <>
                <span className="sr-only">Outcome:</span>
                <Badge tone={outcome.tone}>{outcome.text}</Badge>
              </>
            )}
            {score !== null && <Badge tone={scoreTone(score)}>{`Score ${formatNumber(score)}`}</Badge>}
          </p>
        )}
        {outcomeAction}
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
        <Fact term="Rep">
          {rep === undefined ? (
            <span className="inline-block h-4 w-24 animate-pulse rounded bg-slate-200 align-middle">
              <span className="sr-only">Loading</span>
            </span>
          ) : rep ? (
            clippedText(rep, 120)
          ) : (
            <Missing />
          )}
        </Fact>
        <Fact term="Customer" wrap>
          {customer ? clippedText(customer, 200) : <Missing />}
        </Fact>
        {deal && <Fact term="Deal">{deal}</Fact>}
      </dl>
      <p className="mt-2 text-sm text-slate-600">{when.flatMap((part, index) => (index ? [' · ', part] : [part]))}</p>
      {isStillProcessing(recording) ? (
        <p role="status" className="mt-2 text-sm text-brand-900">
          Siro is still processing this recording; the page refreshes on its own until it is done.
        </p>
      ) : (
        status && (
          <p className={status.settled ? 'mt-2 text-xs text-slate-500' : 'mt-2 text-sm font-medium text-amber-900'}>{status.text}</p>
        )
      )}
      <details className="mt-3 border-t border-slate-100 pt-2 text-sm">
        <summary className="cursor-pointer py-1 text-slate-700 select-none">Recording IDs</summary>
        {ids}
      </details>
    </header>
  );
}

/**
 * One line, so a name arriving late (the rep) never pushes what follows; what the first paint
 * already has (the customer) may take two, so a phone shows "with whom" whole.
 */
function Fact({ term, wrap = false, children }: { term: string; wrap?: boolean; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd dir="auto" className={wrap ? 'line-clamp-2 font-medium break-words text-slate-900' : 'truncate font-medium text-slate-900'}>
        {children}
      </dd>
    </div>
  );
}

function Missing() {
  return <span className="font-normal text-slate-500">Not available</span>;
}

// The score panel's meter marks 50 and 80 as its low and high bounds; the pill takes its colour from them.
function scoreTone(score: number): BadgeTone {
  if (score < 0 || score > 100) return 'neutral';
  return score >= 80 ? 'positive' : score >= 50 ? 'warning' : 'negative';
}
