import { Skeleton } from '@/components/ui/skeleton';

const ROWS = 8;

export function InboxSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading recordings" role="status" className="space-y-2">
      {Array.from({ length: ROWS }, (_, index) => (
        <div key={index} className="space-y-2 rounded-lg border border-slate-200 bg-white px-3 py-3">
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-3 w-1/2" />
        </div>
      ))}
    </div>
  );
}
