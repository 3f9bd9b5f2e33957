import { Skeleton } from '@/components/ui/skeleton';

/** Holds the space the header and a panel will take, so nothing jumps when data lands. */
export function RecordingSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className="space-y-4">
      <span className="sr-only">Loading recording…</span>
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <Skeleton className="h-7 w-2/3" />
        <Skeleton className="mt-3 h-4 w-1/3" />
        <div className="mt-5 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {Array.from({ length: 5 }, (_, index) => (
            <Skeleton key={index} className="h-9" />
          ))}
        </div>
      </div>
      <PanelSkeleton />
    </div>
  );
}

export function PanelSkeleton() {
  return (
    <div aria-busy="true" className="space-y-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <span className="sr-only">Loading…</span>
      <Skeleton className="h-5 w-1/4" />
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-11/12" />
      <Skeleton className="h-4 w-4/5" />
    </div>
  );
}

/**
 * A panel body whose code is on its way, `height` pixels tall (about what the body will take on a
 * phone), so the sections below it hardly move when it comes in.
 */
export function PanelBodySkeleton({ height }: { height: number }) {
  return (
    <div aria-busy="true" className="space-y-2 overflow-hidden" style={{ height }}>
      <span className="sr-only">Loading…</span>
      <Skeleton className="h-4 w-full" />
      <Skeleton className="h-4 w-11/12" />
      <Skeleton className="h-4 w-2/3" />
    </div>
  );
}

/** The share actions' row (Copy link, Export CSV, Export JSON, Print) while their code loads. */
export function ShareActionsSkeleton() {
  return (
    <div aria-busy="true" className="flex flex-wrap items-center gap-2 print:hidden">
      <span className="sr-only">Loading…</span>
      {['w-24', 'w-28', 'w-32', 'w-20'].map((width) => (
        <Skeleton key={width} className={`h-[34px] ${width}`} />
      ))}
    </div>
  );
}
