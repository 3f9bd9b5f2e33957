import { useId, type ReactNode } from 'react';
import { panelClasses } from './classes';
import { ErrorBoundary } from './error-boundary';
import { LongText } from './long-text';

type PanelProps = { title: string; children: ReactNode; actions?: ReactNode; resetKey?: unknown };

/** A titled section of the page, with its own error boundary. */
export function Panel({ title, children, actions, resetKey }: PanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={panelClasses.section}>
      <div className={panelClasses.headingRow}>
        <h2 id={headingId} className={panelClasses.heading}>
          {title}
        </h2>
        {actions}
      </div>
      <ErrorBoundary
        resetKey={resetKey}
        fallback={(reset) => (
          <div role="alert" className="text-sm text-slate-700">
            <p>This section could not be displayed. The rest of the recording is unaffected.</p>
            <button type="button" onClick={reset} className="mt-2 font-medium text-brand-700 underline">
              Try again
            </button>
          </div>
        )}
      >
        {children}
      </ErrorBoundary>
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

/**
 * A term/value list; missing values read "Not available" instead of leaving a hole. Values
 * are mostly API text: `dir="auto"` keeps a stray right-to-left override inside its own value.
 */
export function Details({ items }: { items: Array<[term: string, value: ReactNode]> }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {items.map(([term, value]) => (
        <div key={term} className="min-w-0">
          <dt className="text-slate-600">{term}</dt>
          <dd dir="auto" className="font-medium text-slate-900">
            {typeof value === 'string' ? <LongText text={value} /> : (value ?? <span className="font-normal text-slate-500">Not available</span>)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SkippedNotice({ count, noun, plural }: { count: number; noun: string; plural: string }) {
  if (count <= 0) return null;
  return (
    <p className="mt-3 text-sm text-amber-800">
      {count === 1 ? `1 ${noun} could not be read and is not shown.` : `${count} ${plural} could not be read and are not shown.`}
    </p>
  );
}
