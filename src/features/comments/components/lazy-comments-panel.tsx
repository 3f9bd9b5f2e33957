import { lazy, Suspense, useRef } from 'react';

import { Skeleton } from '@/components/ui/skeleton';
import { useNearViewport } from '@/hooks/use-near-viewport';

import { useComposerState } from '../composer';
import type { CommentsPanelProps } from './comments-panel';

const CommentsPanel = lazy(() => import('./comments-panel'));

function CommentsSkeleton() {
  return (
    <div aria-busy="true" className="space-y-2">
      <span className="sr-only">Loading comments…</span>
      <Skeleton className="h-9 w-36" />
      <Skeleton className="h-16 w-full" />
    </div>
  );
}

/**
 * The panel's code loads as it comes into view, or as soon as a transcript line asks for the
 * form; its data is already on its way (startEarlyRequests).
 */
export function LazyCommentsPanel(props: CommentsPanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '400px');
  const asked = useComposerState((state) => state.anchor !== null);
  return (
    <div ref={ref}>
      {near || asked ? (
        <Suspense fallback={<CommentsSkeleton />}>
          <CommentsPanel {...props} />
        </Suspense>
      ) : (
        <CommentsSkeleton />
      )}
    </div>
  );
}
