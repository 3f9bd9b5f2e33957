import type { ReactNode } from 'react';
import * as v from 'valibot';

import { PanelFrame } from '@/components/ui/panel-frame';
import { parseSummarySections, type SummarySection } from '@/features/conversation/api/summary-sections-schema';
import { SummarySectionsView } from '@/features/conversation/components/summary-sections-view';
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

const FIELD_CLASS =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-base text-slate-900 sm:text-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600';

function FieldLookalike({ label, className, children }: { label: string; className: string; children: ReactNode }) {
  return (
    <div inert className={`min-w-0 space-y-1 ${className}`}>
      <span className="block text-xs font-medium text-slate-700">{label}</span>
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
              <input type="search" placeholder={SEARCH_PLACEHOLDER} value={filters.q} className={FIELD_CLASS} />
            </FieldLookalike>
          }
          sort={
            <FieldLookalike label="Sort" className="sm:w-48">
              <select className={FIELD_CLASS}>
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
