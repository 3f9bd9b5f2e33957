import { lazy, Suspense, useRef, type ComponentProps, type ComponentType, type ReactNode } from 'react';

import { Skeleton } from '@/components/ui/skeleton';
import { useNearViewport } from '@/hooks/use-near-viewport';

const ScorecardPanel = lazy(() => import('./scorecard-panel'));
const MomentsPanel = lazy(() => import('./moments-panel'));
const TalkMetricsPanel = lazy(() => import('./talk-metrics-panel'));

function PanelBodySkeleton() {
  return (
    <div aria-busy="true" className="space-y-2">
      <span className="sr-only">Loading…</span>
      <Skeleton className="h-6 w-1/3" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-2/3" />
    </div>
  );
}

/**
 * A panel body whose code downloads only when it comes near the viewport; until then it shows
 * `placeholder` (what is already known, such as the total score), or a skeleton.
 */
function nearViewport<P extends object>(Panel: ComponentType<P>) {
  return function NearViewportPanel({ placeholder, ...props }: P & { placeholder?: ReactNode }) {
    const ref = useRef<HTMLDivElement>(null);
    const near = useNearViewport(ref, '400px');
    const waiting = placeholder ?? <PanelBodySkeleton />;
    return (
      <div ref={ref}>
        {near ? (
          <Suspense fallback={waiting}>
            <Panel {...(props as P)} />
          </Suspense>
        ) : (
          waiting
        )}
      </div>
    );
  };
}

export const LazyScorecardPanel = nearViewport<ComponentProps<typeof ScorecardPanel>>(ScorecardPanel);
export const LazyMomentsPanel = nearViewport<ComponentProps<typeof MomentsPanel>>(MomentsPanel);
export const LazyTalkMetricsPanel = nearViewport<ComponentProps<typeof TalkMetricsPanel>>(TalkMetricsPanel);
