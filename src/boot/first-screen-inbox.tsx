import type { ReactNode } from 'react';

import { fieldClass, labelClass } from '@/components/ui/field-styles';
import { parseSearchPage, type Hit, type SearchPage } from '@/features/inbox/api/search-schema';
import { InboxFrame, InboxResults, ROW_CLASS } from '@/features/inbox/components/inbox-frame';
import { InboxRow, PlainRecordingLink } from '@/features/inbox/components/inbox-row';
import { INBOX_FILTERS, inboxFiltersFromSearch, SEARCH_PLACEHOLDER, SORT_LABELS, type InboxFilters } from '@/features/inbox/filters';
import { countActiveFilters } from '@/lib/url-filters';

import { BarPlaceholder, FiltersLookalike, onPhone, paintOverRoot, parseJson } from './paint-parts';

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
  if (root.childElementCount > 0 || !onPhone()) return;
  const page = parseSearchPage(parseJson(text));
  if (!page?.hits.length) return;
  const filters = inboxFiltersFromSearch(window.location.search);
  paintOverRoot(root, <InboxFirstScreen page={{ ...page, hits: uniqueHits(page.hits) }} filters={filters} now={Date.now()} />);
}
