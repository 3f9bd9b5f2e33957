import { lazy, Suspense, useRef } from 'react';

import { Skeleton } from '@/components/ui/skeleton';
import { useNearViewport } from '@/hooks/use-near-viewport';

import type { AskPanelProps } from './ask-panel';

const AskPanel = lazy(() => import('./ask-panel'));

function AskSkeleton() {
  return (
    <div aria-busy="true">
      <span className="sr-only">Loading Ask Siro…</span>
      <Skeleton className="h-10 w-full" />
    </div>
  );
}

/** Ask Siro's code and its requests wait until the panel is about to be seen. */
export function LazyAskPanel(props: AskPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref);
  return (
    <div ref={ref}>
      {near ? (
        <Suspense fallback={<AskSkeleton />}>
          <AskPanel {...props} />
        </Suspense>
      ) : (
        <AskSkeleton />
      )}
    </div>
  );
}
