import { defaultRangeExtractor, useWindowVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type Key,
  type ReactNode,
  type RefObject,
} from 'react';

import { usePrinting } from '@/hooks/use-printing';

import { cn } from './cn';

type Props<T> = {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** A row's usual height in px, its gap included, until it has been measured. */
  estimateSize: number;
  /** Classes of each row's `li`: its gap to the next row is its bottom padding (rows are measured whole). */
  rowClassName: string;
  /** Where the row heights measured so far are kept, so the list comes back as it was (e.g. on Back). */
  memoryKey?: string;
  listRef?: RefObject<HTMLUListElement | null>;
  className?: string;
  /** Shown under the rows instead of Load more, e.g. why the next page failed. */
  footer?: ReactNode;
  /** After each of the list's renders, before the browser paints: where its rows are can be read then. */
  onRowsPlaced?: () => void;
};

/** How far below the viewport the end of the list starts the next page. */
const NEAR_END = '800px';
/** Rows drawn beyond each edge of the viewport: j/k and a quick flick find them there. */
const OVERSCAN = 6;

/** Row heights measured, per `memoryKey`: for as long as the page is open. */
const measured = new Map<string, VirtualItem[]>();

/** The list's top in the document, which the virtualizer needs to know what the window shows. */
function useDocumentTop(ref: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  const update = useCallback(() => {
    const element = ref.current;
    if (element) setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
  }, [ref]);
  useLayoutEffect(update);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    // What is above the list (the filters opening, a notice) moves it.
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [update]);
  return top;
}

/**
 * A paged list that draws only the rows near the viewport (however many pages have come), in a
 * window-scrolled page; the row heights it measured are kept under `memoryKey`. The next page loads as the end comes near, and a Load more
 * button does the same for keyboard and screen-reader users. Each row is an `li` marked
 * `data-list-item`, with its place in the list (aria-posinset of aria-setsize).
 */
export function InfiniteList<T>(props: Props<T>) {
  const { label, items, getKey, renderItem, hasNextPage, isFetchingNextPage, onLoadMore, estimateSize, rowClassName } = props;
  const { memoryKey, listRef, className, footer, onRowsPlaced } = props;
  const ownRef = useRef<HTMLUListElement>(null);
  const ref = listRef ?? ownRef;
  const endRef = useRef<HTMLDivElement>(null);
  const focused = useRef<number | null>(null);
  const scrollMargin = useDocumentTop(ref);
  const printing = usePrinting();
  // The focused row and its neighbours stay drawn, so j/k step from it wherever the page is.
  const keepFocused = useCallback((range: Range) => {
    const indexes = new Set(defaultRangeExtractor(range));
    const index = focused.current;
    if (index === null) return [...indexes];
    for (const near of [index - 1, index, index + 1]) if (near >= 0 && near < range.count) indexes.add(near);
    return [...indexes].sort((a, b) => a - b);
  }, []);
  const [initialMeasurementsCache] = useState(() => (memoryKey && measured.get(memoryKey)) || []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => estimateSize,
    getItemKey: (index) => getKey(items[index]!),
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: keepFocused,
    initialMeasurementsCache,
    initialRect: typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight },
  });
  useEffect(() => {
    if (!memoryKey) return;
    return () => void measured.set(memoryKey, virtualizer.measurementsCache);
  }, [memoryKey, virtualizer]);

  useLayoutEffect(() => onRowsPlaced?.());

  const canLoad = hasNextPage && !isFetchingNextPage;
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

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = event.target.closest<HTMLElement>('[data-index]');
    focused.current = row ? Number(row.dataset.index) : null;
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) focused.current = null;
  };

  const rows: Array<{ key: Key; index: number; start: number | null }> = printing
    ? items.map((item, index) => ({ key: getKey(item), index, start: null }))
    : virtualizer.getVirtualItems();

  return (
    <>
      <ul
        aria-label={label}
        ref={ref}
        onFocus={onFocus}
        onBlur={onBlur}
        className={cn('relative', className)}
        // A print shows every row loaded, one after the other: the paper has no viewport.
        style={printing ? undefined : { height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => (
          <li
            key={row.key}
            ref={printing ? undefined : virtualizer.measureElement}
            data-index={row.index}
            data-list-item=""
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            className={cn(row.start !== null && 'absolute inset-x-0 top-0', rowClassName)}
            style={row.start === null ? undefined : { transform: `translateY(${row.start - scrollMargin}px)` }}
          >
            {renderItem(items[row.index]!, row.index)}
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
