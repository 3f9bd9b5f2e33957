import { Skeleton } from '@/components/ui/skeleton';

/** Holds the transcript's place while its code or first page loads. */
export function TranscriptSkeleton() {
  return (
    <div aria-busy="true" className="space-y-3">
      <span className="sr-only">Loading the transcript…</span>
      <Skeleton className="h-9 w-full" />
      {Array.from({ length: 6 }, (_, index) => (
        <div key={index} className="grid grid-cols-[3.25rem_1fr] gap-2">
          <Skeleton className="h-3" />
          <div className="space-y-1.5">
            <Skeleton className="h-3 w-24" />
            <Skeleton className="h-4 w-11/12" />
          </div>
        </div>
      ))}
    </div>
  );
}
