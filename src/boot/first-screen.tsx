import type { ReactNode } from 'react';
import * as v from 'valibot';

import { controlClass, fieldClass, labelClass } from '@/components/ui/field-styles';
import { OutlineIcon } from '@/components/ui/outline-icon';
import { PanelFrame } from '@/components/ui/panel-frame';
import { parseSummarySections, type SummarySection } from '@/features/conversation/api/summary-sections-schema';
import { SummarySectionsView } from '@/features/conversation/components/summary-sections-view';
import { parseFollowupPage, type Followup } from '@/features/followups/api/followup-schema';
import {
  FollowupCard,
  followupName,
  plainFollowupLink,
  QUEUE_ROW_CLASS,
  QueueFrame,
  queueTotal,
} from '@/features/followups/components/followup-card';
import { FOLLOWUP_FILTERS, followupFiltersFromSearch } from '@/features/followups/filters';
import { followupStatusBadge } from '@/features/followups/labels';
import { FOLLOWUP_STATUSES } from '@/features/followups/request';
import { parseSearchPage, type Hit, type SearchPage } from '@/features/inbox/api/search-schema';
import { InboxFrame, InboxResults, ROW_CLASS } from '@/features/inbox/components/inbox-frame';
import { InboxRow, PlainRecordingLink } from '@/features/inbox/components/inbox-row';
import { INBOX_FILTERS, inboxFiltersFromSearch, SEARCH_PLACEHOLDER, SORT_LABELS, type InboxFilters } from '@/features/inbox/filters';
import { firstScreenResponseSchema, type FirstScreenRecording } from '@/features/recordings/api/recording-schema';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { ViewBar } from '@/features/recordings/components/view-bar';
import { PAGE_ORDER, parsePanelFlags, parseUiPanelFlags, type AnyPanel } from '@/features/recordings/panels';
import { isStillProcessing } from '@/features/recordings/recording-status';
import { clippedText } from '@/lib/clip-text';
import { earlyState, type EarlyAnswer } from '@/lib/early-requests';
import { countActiveFilters } from '@/lib/url-filters';

import { renderToDom } from './render-to-dom';

/** How long the paint waits for the summary sections once the recording is here. */
const SECTIONS_WAIT_MS = 1_000;

type Props = { recording: FirstScreenRecording; sections: readonly SummarySection[] | null; shown: readonly AnyPanel[] };

/** The layout's bar: its height, without its links. */
function BarPlaceholder() {
  return <div className="h-[49px] border-b border-slate-200 bg-white" />;
}

/**
 * Where the route's Change outcome control will be, drawn with its words and classes (the
 * outcome editor's closed state) so that nothing moves when React puts the control there.
 */
function OutcomeActionPlaceholder() {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-brand-700 underline underline-offset-2 print:hidden">Change outcome</span>
    </span>
  );
}

/**
 * The recording page down to its summary, from the same components React renders, so nothing
 * moves when React replaces it: the layout's bar (its height, without its links), the header,
 * the section navigation, the summary (its sections, when Siro has them, as the app will).
 */
export function FirstScreen({ recording, sections, shown }: Props) {
  return (
    <>
      <BarPlaceholder />
      <main aria-busy="true" className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
        <div className="space-y-4">
          <RecordingHeader recording={recording} outcomeAction={recording.deleted ? undefined : <OutcomeActionPlaceholder />} />
          <ViewBar shown={shown} />
          {shown.some((panel) => panel.flag === 'showSummary') && (
            <PanelFrame title="Summary" anchor="summary">
              <SummaryPanel
                summary={recording.summary}
                sections={sections?.length ? <SummarySectionsView sections={sections} /> : undefined}
                processing={isStillProcessing(recording)}
              />
            </PanelFrame>
          )}
        </div>
      </main>
    </>
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The sections, if they come within SECTIONS_WAIT_MS. */
async function sectionsIfSoon(answer: Promise<EarlyAnswer> | null): Promise<SummarySection[] | null> {
  if (!answer) return null;
  const late = new Promise<null>((resolve) => setTimeout(resolve, SECTIONS_WAIT_MS, null));
  const early = await Promise.race([answer.catch(() => null), late]);
  return early?.response.ok ? parseSummarySections(parseJson(early.text)) : null;
}

/**
 * Draws the first screen into `root` from the recording's answer (`text`) when it is readable
 * and the app has not got there first. API text stays text: the components render it as such.
 */
export async function paintFirstScreen(root: HTMLElement, text: string, sectionsAnswer: Promise<EarlyAnswer> | null) {
  const parsed = v.safeParse(firstScreenResponseSchema, parseJson(text));
  if (!parsed.success) return;
  const search = new URLSearchParams(window.location.search);
  const on = { ...parsePanelFlags(search), ...parseUiPanelFlags(search) };
  const sections = on.showSummary ? await sectionsIfSoon(sectionsAnswer) : null;
  if (root.childElementCount > 0) return;
  renderToDom(
    root,
    <FirstScreen recording={parsed.output.data} sections={sections} shown={PAGE_ORDER.filter((panel) => on[panel.flag])} />,
  );
}

// The inbox. Its controls need React; until it comes, look-alikes with their words and classes
// (the field's, FilterField's, OpenRecordingForm's compact one, FilterBar's closed phone
// disclosure) hold their places, inert.

function FieldLookalike({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div inert className={`min-w-0 space-y-1 ${className}`}>
      <span className={labelClass}>{label}</span>
      {children}
    </div>
  );
}

function OpenFormLookalike() {
  return (
    <form inert className="space-y-1">
      <span className="block text-xs font-medium text-slate-700">Recording ID or link</span>
      <div className="flex gap-2 flex-row">
        <input className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-2 focus:outline-brand-600 py-1.5 sm:text-sm lg:w-72" />
        <button type="button" className="rounded-md bg-brand-700 font-medium text-white hover:bg-brand-900 px-3 py-1.5 text-sm">
          Open
        </button>
      </div>
    </form>
  );
}

function FiltersLookalike({ activeCount }: { activeCount: number }) {
  return (
    <section inert aria-label="Filters" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex items-center justify-between gap-2 sm:hidden">
        <button type="button" className="inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium text-slate-800">
          <span className="size-4" />
          {activeCount ? `Filters (${activeCount})` : 'Filters'}
          <span className="size-4" />
        </button>
        {activeCount > 0 && (
          <button type="button" className="rounded-md px-2 py-1.5 text-sm font-medium text-brand-700 underline underline-offset-2">
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}

type InboxProps = { page: SearchPage; filters: InboxFilters; now: number };

/** The inbox page with its first rows, from the same components React renders. */
export function InboxFirstScreen({ page, filters, now }: InboxProps) {
  return (
    <>
      <BarPlaceholder />
      <main aria-busy="true" className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
        <InboxFrame
          header={<OpenFormLookalike />}
          search={
            <FieldLookalike label="Search recordings" className="flex-1">
              <input type="search" placeholder={SEARCH_PLACEHOLDER} value={filters.q} className={fieldClass} />
            </FieldLookalike>
          }
          sort={
            <FieldLookalike label="Sort" className="sm:w-48">
              <select className={fieldClass}>
                <option>{SORT_LABELS[filters.sort]}</option>
              </select>
            </FieldLookalike>
          }
          filters={<FiltersLookalike activeCount={countActiveFilters(INBOX_FILTERS, filters, ['sort'])} />}
        >
          <InboxResults total={page.total} shown={page.hits.length} updating={false} skipped={page.skipped} shortcuts>
            <div>
              <ul aria-label="Recordings">
                {page.hits.map((hit) => (
                  <li key={hit.recordingId} className={ROW_CLASS}>
                    <InboxRow hit={hit} colorBands={undefined} now={now} link={PlainRecordingLink} />
                  </li>
                ))}
              </ul>
            </div>
          </InboxResults>
        </InboxFrame>
      </main>
    </>
  );
}

/** Pages of a list that changed in between may overlap: as the app does, a row appears once. */
function uniqueHits(hits: readonly Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => !seen.has(hit.recordingId) && Boolean(seen.add(hit.recordingId)));
}

/**
 * Draws the inbox from the search's answer (`text`) when it has rows and the app has not started
 * drawing: on a phone only, where the filters fold into one line (wider, their grid needs React).
 * It goes over React's root, not in it: the route loads lazily, and React's first frames (its
 * skeleton) must not replace the rows; the inbox removes it (removeEarlyPaint) once it has its own.
 */
export function paintInbox(root: HTMLElement, text: string) {
  if (root.childElementCount > 0 || !window.matchMedia('(max-width: 639.98px)').matches) return;
  const page = parseSearchPage(parseJson(text));
  if (!page?.hits.length) return;
  const overlay = document.createElement('div');
  overlay.className = 'absolute inset-x-0 top-0 z-10 min-h-screen bg-slate-50';
  overlay.setAttribute('data-early-paint', '');
  const filters = inboxFiltersFromSearch(window.location.search);
  renderToDom(overlay, <InboxFirstScreen page={{ ...page, hits: uniqueHits(page.hits) }} filters={filters} now={Date.now()} />);
  root.before(overlay);
  earlyState().paint = overlay;
}

// The follow-up queue, as the inbox: on a phone, over React's root, its controls inert look-alikes
// (FollowupActions' closed state, its select holding every option so it is as wide).

function StarIcon({ starred }: { starred: boolean }) {
  return (
    <OutlineIcon className={`size-4 ${starred ? 'fill-amber-400 text-amber-600' : 'text-slate-500'}`}>
      <path d="M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z" />
    </OutlineIcon>
  );
}

/** FollowupActions with nothing typed or saving, inert: nothing typed before React would be lost. */
export function FollowupActionsLookalike({ followup }: { followup: Followup }) {
  const { status, starred } = followup;
  const known = (FOLLOWUP_STATUSES as readonly (string | null | undefined)[]).includes(status);
  return (
    <div inert role="group" aria-label={`Work on ${followupName(followup)}`} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <span className="block text-xs font-medium text-slate-700">Status</span>
          <select className={controlClass}>
            {!known && <option selected>{status ? 'Other' : 'Not set'}</option>}
            {FOLLOWUP_STATUSES.map((value) => (
              <option key={value} selected={value === status}>
                {followupStatusBadge(value).text}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={`${controlClass} inline-flex items-center gap-1.5 font-medium hover:bg-slate-50`}>
          <StarIcon starred={starred === true} />
          Star
        </button>
      </div>
      <form className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow space-y-1">
          <span className="block text-xs font-medium text-slate-700">Note</span>
          <textarea rows={2} className={`${controlClass} block w-full`} />
        </div>
        <button
          type="button"
          disabled
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
        >
          Add note
        </button>
      </form>
      <p className="text-sm empty:hidden" />
    </div>
  );
}

type QueueProps = { rows: readonly Followup[]; total: string };

/** The queue page with its first rows, from the same components React renders. */
export function QueueFirstScreen({ rows, total, activeCount }: QueueProps & { activeCount: number }) {
  return (
    <>
      <BarPlaceholder />
      <main aria-busy="true" className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
        <QueueFrame total={total} filters={<FiltersLookalike activeCount={activeCount} />}>
          <div>
            <ul aria-label="Follow-ups">
              {rows.map((followup) => (
                <li key={followup.followupId} className={QUEUE_ROW_CLASS}>
                  <FollowupCard
                    followup={followup}
                    link={plainFollowupLink}
                    text={clippedText}
                    note={followup.note && <bdi className="break-words whitespace-pre-line">{clippedText(followup.note)}</bdi>}
                    actions={<FollowupActionsLookalike followup={followup} />}
                  />
                </li>
              ))}
            </ul>
          </div>
        </QueueFrame>
      </main>
    </>
  );
}

/** Rows the early paint draws: a phone's screen shows two or three; React draws those near it. */
const EARLY_ROWS = 8;

/**
 * Draws the queue from its first page (`text`) as paintInbox draws the inbox: on a phone, when
 * it has rows and the app has not started drawing; the queue removes it once its rows are measured.
 */
export function paintFollowups(root: HTMLElement, text: string) {
  if (root.childElementCount > 0 || !window.matchMedia('(max-width: 639.98px)').matches) return;
  const page = parseFollowupPage(parseJson(text));
  const filters = followupFiltersFromSearch(window.location.search);
  const byType = filters.type.length > 0;
  const loaded = page?.followups.items ?? [];
  const rows = byType ? loaded.filter((row) => filters.type.includes(row.followupType as never)) : loaded;
  if (!page || !rows.length) return;
  const overlay = document.createElement('div');
  overlay.className = 'absolute inset-x-0 top-0 z-10 min-h-screen bg-slate-50';
  overlay.setAttribute('data-early-paint', '');
  renderToDom(
    overlay,
    <QueueFirstScreen
      rows={rows.slice(0, EARLY_ROWS)}
      total={queueTotal(page, rows, loaded.length, byType)}
      activeCount={countActiveFilters(FOLLOWUP_FILTERS, filters)}
    />,
  );
  root.before(overlay);
  earlyState().paint = overlay;
}
