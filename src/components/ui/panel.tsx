import type { ReactNode } from 'react';

import { Button } from './button';
import { ErrorBoundary } from './error-boundary';
import { LongText } from './long-text';
import { PanelFrame } from './panel-frame';

type PanelProps = { title: string; anchor: string; children: ReactNode; actions?: ReactNode; resetKey?: unknown };

/** A titled section of the page, with its own error boundary. */
export function Panel({ title, anchor, children, actions, resetKey }: PanelProps) {
  return (
    <PanelFrame title={title} anchor={anchor} actions={actions}>
      <ErrorBoundary
        resetKey={resetKey}
        fallback={(reset) => (
          <div role="alert" className="text-sm text-slate-700">
            <p>This section could not be displayed. The rest of the recording is unaffected.</p>
            <Button variant="link" onClick={reset} className="mt-2">
              Try again
            </Button>
          </div>
        )}
      >
        {children}
      </ErrorBoundary>
    </PanelFrame>
  );
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
            {typeof value === 'string' ? (
              <LongText text={value} />
            ) : (
              (value ?? <span className="font-normal text-slate-500">Not available</span>)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
