import { useEffect, useRef, type ReactNode, type Ref } from 'react';

import { useProgressiveCount } from '@/hooks/use-progressive-count';

import { rowClass } from './long-list';

type Props<T> = {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** Rows to render at once on mount (enough to restore a scroll position). */
  initialCount?: number;
  listRef?: Ref<HTMLUListElement>;
  className?: string;
  /** Shown under the rows instead of Load more, e.g. why the next page failed. */
  footer?: ReactNode;
};

/** How far below the viewport the end of the list starts the next page. */
const NEAR_END = '800px';

/**
 * A paged list: rows render in batches (no long task however many pages arrive), the next
 * page loads as the end comes near, and a Load more button does the same for keyboard and
 * screen-reader users. Each row is an `li` marked `data-list-item`.
 */
export function InfiniteList<T>(props: Props<T>) {
  const { label, items, getKey, renderItem, hasNextPage, isFetchingNextPage, onLoadMore, initialCount, listRef, className, footer } = props;
  const count = useProgressiveCount(items.length, initialCount);
  const endRef = useRef<HTMLDivElement>(null);
  const allRendered = count >= items.length;
  const canLoad = hasNextPage && !isFetchingNextPage && allRendered;
  const loadMore = useRef(onLoadMore);
  useEffect(() => {
    loadMore.current = onLoadMore;
  });

  useEffect(() => {
    const end = endRef.current;
    if (!canLoad || !end || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadMore.current();
      },
      { rootMargin: NEAR_END },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [canLoad]);

  return (
    <>
      <ul aria-label={label} ref={listRef} className={className}>
        {items.slice(0, count).map((item, index) => (
          <li key={getKey(item)} data-list-item="" className={rowClass(items.length)}>
            {renderItem(item, index)}
          </li>
        ))}
      </ul>
      <div ref={endRef} className="flex justify-center py-3">
        {footer ??
          (hasNextPage && (
            <button
              type="button"
              onClick={onLoadMore}
              disabled={isFetchingNextPage}
              aria-busy={isFetchingNextPage}
              className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
            >
              {isFetchingNextPage ? 'Loading more…' : 'Load more'}
            </button>
          ))}
      </div>
    </>
  );
}
