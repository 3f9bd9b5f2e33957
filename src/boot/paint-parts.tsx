import type { ReactNode } from 'react';

import { earlyState } from '@/lib/early-requests';

import { renderToDom } from './render-to-dom';

// What the three pages' early paints share (src/boot/first-screen*.tsx).

/** The layout's bar: its height, without its links. */
export function BarPlaceholder() {
  return <div className="h-[49px] border-b border-slate-200 bg-white" />;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** FilterBar's closed phone disclosure, inert: the inbox's and the queue's. */
export function FiltersLookalike({ activeCount }: { activeCount: number }) {
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

/** Below sm: where the inbox's and the queue's filters fold into one line their paint can draw. */
export const onPhone = () => window.matchMedia('(max-width: 639.98px)').matches;

/**
 * Draws `page` over React's root, not in it: the route loads lazily, and React's first frames
 * (its skeleton) must not replace the rows; the page removes it (removeEarlyPaint) once it has its own.
 */
export function paintOverRoot(root: HTMLElement, page: ReactNode) {
  const overlay = document.createElement('div');
  overlay.className = 'absolute inset-x-0 top-0 z-10 min-h-screen bg-slate-50';
  overlay.setAttribute('data-early-paint', '');
  renderToDom(overlay, page);
  root.before(overlay);
  earlyState().paint = overlay;
}
