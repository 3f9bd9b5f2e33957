import type { ReactNode } from 'react';

// Hook-free, so the boot script can draw them before React has loaded (see renderToDom).

type FrameProps = { title: string; anchor: string; children?: ReactNode; actions?: ReactNode };

/** A titled section of the page; `anchor` is its id, the section navigation's link target. */
export function PanelFrame({ title, anchor, children, actions }: FrameProps) {
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-heading`}
      className="min-w-0 scroll-mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 print:shadow-none"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${anchor}-heading`} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="text-sm text-slate-600">{children}</p>;
}

/** A section that came but could not be read: unlike an empty one, there is data the manager is not seeing. */
export function UnreadableState({ children }: { children: ReactNode }) {
  return <p className="text-sm text-amber-800">{children}</p>;
}

export function SkippedNotice({ count, noun, plural }: { count: number; noun: string; plural: string }) {
  if (count <= 0) return null;
  return (
    <p className="mt-3 text-sm text-amber-800">
      {count === 1 ? `1 ${noun} could not be read and is not shown.` : `${count} ${plural} could not be read and are not shown.`}
    </p>
  );
}

type ListBodyProps = {
  /** How many items there are to show; none shows `empty`. */
  count: number;
  skipped: number;
  empty: ReactNode;
  noun: string;
  plural: string;
  children: ReactNode;
};

/**
 * A list panel's body: the items, or what stands in for none, and a word on the items that
 * could not be read (a list of only unreadable items says so instead of "none").
 */
export function ListBody({ count, skipped, empty, noun, plural, children }: ListBodyProps) {
  return (
    <>
      {count === 0 ? skipped === 0 && <EmptyState>{empty}</EmptyState> : children}
      <SkippedNotice count={skipped} noun={noun} plural={plural} />
    </>
  );
}
