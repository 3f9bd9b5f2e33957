import type { ComponentType, ReactNode } from 'react';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { clippedText } from '@/lib/clip-text';
import { formatDuration, humanize } from '@/lib/format';
import { formatMoment, formatWhen } from '@/lib/relative-time';

import { scoreOf, type Hit } from '../api/search-schema';
import { scoreTone, type ColorBand, type ScoreTone } from '../score-tone';

/** What the recording page's Back to recordings link looks for. */
export const FROM_INBOX_STATE = { fromInbox: true } as const;

const OUTCOME_TONES: Record<string, BadgeTone> = { POSITIVE: 'positive', NEGATIVE: 'negative', NEUTRAL: 'neutral' };
const RESULT_WORDS: Record<string, string> = { closed: 'Closed', 'not closed': 'Not closed', 'in progress': 'In progress' };

const PILL: Record<ScoreTone, string> = {
  green: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  yellow: 'bg-amber-100 text-amber-900 ring-amber-300',
  red: 'bg-red-100 text-red-900 ring-red-300',
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
};

/** The title's link to the recording: the app's navigates in the app, the early paint's is a plain link. */
export type RecordingLinkProps = { recordingId: string; className: string; dir: 'auto'; children: ReactNode };

/** The early paint's title link: a plain link to the recording page (the app's `paths.recording`). */
export function PlainRecordingLink({ recordingId, children, ...props }: RecordingLinkProps) {
  return (
    <a {...props} href={`/recordings/${encodeURIComponent(recordingId)}`}>
      {children}
    </a>
  );
}

type Props = {
  hit: Hit;
  colorBands: readonly ColorBand[] | undefined;
  now: number;
  link: ComponentType<RecordingLinkProps>;
};

/**
 * One recording: a card whose title is the link, stretched over the whole card. Hook-free: the
 * boot script draws it too, before React has loaded.
 */
export function InboxRow({ hit, colorBands, now, link: RecordingLink }: Props) {
  const title = hit.title?.trim() || 'Untitled recording';
  const rep = [hit.repFirstName, hit.repLastName].filter(Boolean).join(' ').trim();
  const customer = hit.crmCustomer?.name?.trim();
  const duration = formatDuration(hit.durationInMilliseconds);
  const score = scoreOf(hit);
  const outcome = hit.universalOutcomeLabel;
  const unviewed = hit.viewed === false;
  // One line of text, each value isolated (FSI … PDI) so a right-to-left name keeps its place, each
  // dot kept with the value before it (no wrapped line starts with one).
  const details = [rep, customer, hit.conversationType, hit.result && (RESULT_WORDS[hit.result] ?? hit.result)]
    .filter((value): value is string => Boolean(value))
    .map((value) => `\u2068${clippedText(value, 120)}\u2069`)
    .join('\u00a0· ');

  // Few elements, and block layout on a phone: a row is drawn as it scrolls in, and 20 rows come
  // into view at once on a fast scroll. The dot and the icons are pseudo-elements, the details one
  // line of text.
  return (
    <article className="relative min-w-0 rounded-lg border border-slate-200 bg-white px-3 py-2.5 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-300 sm:grid sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-x-4 sm:gap-y-1">
      <h2
        className={`flex min-w-0 items-start gap-2 text-sm font-semibold text-slate-900 before:mt-1.5 before:size-2 before:shrink-0 before:rounded-full before:content-[''] sm:text-base sm:before:mt-2 ${unviewed ? 'before:bg-brand-600' : ''}`}
      >
        <RecordingLink
          recordingId={hit.recordingId}
          dir="auto"
          className="min-w-0 break-words outline-none after:absolute after:inset-0 after:content-[''] hover:underline"
        >
          {clippedText(title, 300)}
        </RecordingLink>
        {unviewed && <span className="sr-only">(not viewed)</span>}
      </h2>
      {details && <p className="mt-1 min-w-0 break-words pl-4 text-xs text-slate-600 sm:mt-0 sm:text-sm">{details}</p>}
      <p className="mt-1.5 flex flex-wrap items-center gap-2 pl-4 text-xs text-slate-600 sm:col-start-2 sm:row-span-2 sm:row-start-1 sm:mt-0 sm:justify-end sm:self-center sm:pl-0 sm:text-sm">
        <time dateTime={new Date(hit.dateCreated).toISOString()} title={formatMoment(hit.dateCreated)}>
          {formatWhen(hit.dateCreated, now)}
        </time>
        {duration && (
          <>
            <span className="sr-only">Duration </span>
            {duration}
          </>
        )}
        {outcome && <Badge tone={OUTCOME_TONES[outcome] ?? 'neutral'}>{OUTCOME_TONES[outcome] ? humanize(outcome) : outcome}</Badge>}
        {score !== null && (
          <span
            role="img"
            aria-label={`Score ${score}`}
            className={`rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset ${PILL[scoreTone(score, colorBands)]}`}
          >
            {score}
          </span>
        )}
        {(hit.followups?.length ?? 0) > 0 && <span className="icon-flag inline-flex items-center gap-1 text-amber-800">Follow-up</span>}
        {hit.isPrivate && <span className="icon-lock inline-flex items-center gap-1">Private</span>}
      </p>
    </article>
  );
}
