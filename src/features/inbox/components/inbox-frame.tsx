import type { ReactNode } from 'react';

import { formatNumber } from '@/lib/format';

// The inbox page's layout and words, hook-free: React renders them with its controls in the
// slots, and the boot script draws them (with look-alikes of the controls) before React has
// loaded, so nothing moves when React takes over.

/**
 * A row's box: the gap between rows inside it, so rows are sized (and drawn early) whole, and
 * room around the card for its focus ring, which the list cuts off outside a row (infinite-list).
 */
export const ROW_CLASS = '-mx-1 px-1 pt-1 pb-1';

type FrameProps = { header?: ReactNode; search: ReactNode; sort: ReactNode; filters: ReactNode; children: ReactNode };

/** Title and header, search and sort, the filters, then the results. */
export function InboxFrame({ header, search, sort, filters, children }: FrameProps) {
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
        <h1 className="text-xl font-semibold text-slate-900">Recordings</h1>
        {header}
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        {search}
        {sort}
      </div>
      {filters}
      {children}
    </div>
  );
}

type ResultsProps = {
  total: number | null;
  shown: number;
  updating: boolean;
  skipped: number;
  shortcuts: boolean;
  onToggleShortcuts?: () => void;
  children: ReactNode;
};

/** The count, the shortcuts switch, the skipped-hits notice, then the list (or why it is empty). */
export function InboxResults({ total, shown, updating, skipped, shortcuts, onToggleShortcuts, children }: ResultsProps) {
  return (
    <section aria-label="Results" aria-busy={updating} className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
        <p aria-live="polite">
          {countText(total, shown)}
          {updating && <span className="ml-2 text-slate-500">Updating…</span>}
        </p>
        <button
          type="button"
          onClick={onToggleShortcuts}
          className="text-xs text-slate-600 underline underline-offset-2 hover:text-slate-900"
        >
          {shortcuts ? 'Turn off keyboard shortcuts' : 'Turn on keyboard shortcuts'}
        </button>
      </div>
      {shortcuts && (
        <p className="sr-only">Keyboard shortcuts: j and k move between recordings, Enter opens one, slash goes to the search.</p>
      )}
      {skipped > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {skipped === 1 ? '1 recording' : `${formatNumber(skipped)} recordings`} could not be read and {skipped === 1 ? 'is' : 'are'} not
          shown.
        </p>
      )}
      {children}
    </section>
  );
}

function countText(total: number | null, shown: number): string {
  const count = total ?? shown;
  if (count === 0) return 'No recordings match';
  const about = total !== null && total > shown ? 'About ' : '';
  return `${about}${formatNumber(count)} ${count === 1 ? 'recording matches' : 'recordings match'}`;
}
