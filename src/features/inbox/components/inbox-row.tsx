import { Fragment, isValidElement, type ComponentType, type MouseEvent, type ReactNode } from 'react';

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

/** A fact after the date: apart from the one before it, and never broken over two lines. */
const FACT = 'ml-1.5 whitespace-nowrap';

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
 * The whole card opens the recording, as its title link does (with the same keys held): a click
 * on the card, off the link, and not ending a selection of its text, clicks the link.
 */
function openFromCard(event: MouseEvent<HTMLElement>) {
  const link = event.currentTarget.querySelector('a');
  if (!link || link.contains(event.target as Node) || window.getSelection()?.toString()) return;
  const { ctrlKey, metaKey, shiftKey, altKey, button } = event;
  link.dispatchEvent(new globalThis.MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey, metaKey, shiftKey, altKey, button }));
}

/**
 * One recording: a card whose title is the link. Hook-free: the boot script draws it too, before
 * React has loaded (without the card's click, which waits for React).
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

  // After the date, each fact a word of the line: a space before it (where the line may wrap).
  const facts = [
    duration && (
      <span key="duration" role="img" aria-label={`Duration ${duration}`} className={FACT}>
        {duration}
      </span>
    ),
    outcome && (
      <Badge key="outcome" tone={OUTCOME_TONES[outcome] ?? 'neutral'} className="ml-1.5">
        {OUTCOME_TONES[outcome] ? humanize(outcome) : outcome}
      </Badge>
    ),
    score !== null && (
      <span
        key="score"
        role="img"
        aria-label={`Score ${score}`}
        className={`${FACT} rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1 ring-inset ${PILL[scoreTone(score, colorBands)]}`}
      >
        {score}
      </span>
    ),
    (hit.followups?.length ?? 0) > 0 && (
      <span key="followup" className={`icon-flag ${FACT} text-amber-800`}>
        Follow-up
      </span>
    ),
    hit.isPrivate && (
      <span key="private" className={`icon-lock ${FACT}`}>
        Private
      </span>
    ),
  ].filter(isValidElement);

  // A row is laid out as it arrives and painted as it scrolls in, 20 at once on a fling: few
  // elements, no positioned box (each is a layer of its own to paint) and the facts as one line of
  // inline text, not a flex row.
  return (
    // The card's click only widens the link's target for a pointer; keyboards have the link itself.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <article
      onClick={openFromCard}
      className="min-w-0 cursor-pointer rounded-lg border border-slate-200 bg-white px-3 py-2.5 focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-300 sm:grid sm:grid-cols-[minmax(0,1fr)_auto] sm:gap-x-4 sm:gap-y-1"
    >
      <h2 className="flex min-w-0 items-start gap-2 text-sm font-semibold text-slate-900 sm:text-base">
        {unviewed ? (
          <span role="img" aria-label="Not viewed" className="mt-1.5 size-2 shrink-0 rounded-full bg-brand-600 sm:mt-2" />
        ) : (
          <span aria-hidden="true" className="size-2 shrink-0" />
        )}{' '}
        <RecordingLink recordingId={hit.recordingId} dir="auto" className="min-w-0 break-words outline-none hover:underline">
          {clippedText(title, 300)}
        </RecordingLink>
      </h2>
      {details && <p className="mt-1 min-w-0 break-words pl-4 text-xs text-slate-600 sm:mt-0 sm:text-sm">{details}</p>}
      <p className="mt-1.5 pl-4 text-xs leading-5 text-slate-600 sm:col-start-2 sm:row-span-2 sm:row-start-1 sm:mt-0 sm:self-center sm:pl-0 sm:text-right sm:text-sm">
        <time dateTime={new Date(hit.dateCreated).toISOString()} title={formatMoment(hit.dateCreated)} className="whitespace-nowrap">
          {formatWhen(hit.dateCreated, now)}
        </time>
        {facts.map((fact) => (
          <Fragment key={fact.key}> {fact}</Fragment>
        ))}
      </p>
    </article>
  );
}
