import { memo, useDeferredValue, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

import { cn } from './cn';

type Props<T> = {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  /** Keep it stable (module level, or memoised), as `renderItem`: rows are drawn again when it changes. */
  getKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** A row's usual height in px, its gap included: what an off-screen row not yet drawn takes. */
  estimateSize: number;
  /**
   * Classes of each row: its gap to the next row is its padding (rows are sized whole), and it
   * spreads a little past its content, since what is drawn outside a row (a focus ring) is cut off.
   */
  rowClassName: string;
  /** Where the row heights seen so far are kept, so the list comes back as it was (e.g. on Back). */
  memoryKey?: string;
  listRef?: RefObject<HTMLDivElement | null>;
  className?: string;
  /** Shown under the rows instead of Load more, e.g. why the next page failed. */
  footer?: ReactNode;
};

/** How far below the viewport the end of the list starts the next page. */
const NEAR_END = '800px';
/**
 * Rows per block. A block, not a row, skips its layout and paint while far from the viewport: the
 * browser checks each such box on every frame, and a block that comes into view is laid out whole.
 */
const BLOCK = 10;
/** A block spreads as far as its rows do (see `rowClassName`), or it would cut them off there. */
const BLOCK_CLASS = '-mx-1 px-1';

/** Row heights seen, per `memoryKey` then row key: for as long as the page is open. */
const remembered = new Map<string, Map<string, number>>();

/** Each row's height, drawn or remembered by the browser: what it takes when Back returns to the list. */
function rememberHeights(list: HTMLElement | null, memoryKey: string | undefined) {
  if (!memoryKey || !list || list.getClientRects().length === 0) return;
  const seen = new Map<string, number>();
  for (const row of list.querySelectorAll<HTMLElement>('[data-list-item]')) {
    if (row.dataset.key) seen.set(row.dataset.key, row.getBoundingClientRect().height);
  }
  remembered.set(memoryKey, seen);
}

/**
 * A paged list, in a window-scrolled page, of every row loaded. Rows come in blocks of `BLOCK`,
 * and blocks are `lazy-row`s: the browser skips their paint while they are far from the viewport
 * (a thousand rows scroll as a few do), yet they stay in the page for Ctrl+F, j/k, screen readers
 * and print. A block not yet drawn takes `estimateSize` a row, or the heights its rows had when
 * the list under `memoryKey` was left. The next page loads as the end comes near, and a Load more
 * button does the same for keyboard and screen-reader users. Each row is a `listitem` marked
 * `data-list-item`; every loaded row is in the page, so the browser tells each row's place and the
 * list's size itself.
 */
export function InfiniteList<T>(props: Props<T>) {
  const { label, getKey, renderItem, hasNextPage, isFetchingNextPage, onLoadMore, estimateSize, rowClassName } = props;
  const { memoryKey, listRef, className, footer } = props;
  const items = useDeferredValue(props.items);
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = listRef ?? ownRef;
  const endRef = useRef<HTMLDivElement>(null);
  const [heights] = useState(() => (memoryKey && remembered.get(memoryKey)) || new Map<string, number>());
  // What the first rows (always laid out) measure, now and as the width changes, is what a row not
  // yet drawn takes: rows coming into view then change the page's height (and scroll) the least.
  const [measured, setMeasured] = useState<number | null>(null);
  const hasRows = items.length > 0;
  useLayoutEffect(() => {
    const first = ref.current?.firstElementChild;
    if (!hasRows || !first) return;
    const measure = () => {
      const sizes = [...first.children].map((row) => row.getBoundingClientRect().height);
      const average = sizes.reduce((total, size) => total + size, 0) / sizes.length;
      if (average > 0) setMeasured(Math.round(average));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(first);
    return () => observer.disconnect();
  }, [hasRows, ref]);

  // What the rows take is kept as the manager leaves: a click in the list, or the list going while
  // still laid out (a route hidden while the next loads is not).
  useLayoutEffect(() => {
    const list = ref.current;
    return () => rememberHeights(list, memoryKey);
  }, [memoryKey, ref]);

  // The next page waits for this one's rows to be drawn: until then the end of the list has not
  // moved, and pages would be asked for one after another, all drawn at once in the end.
  const canLoad = hasNextPage && !isFetchingNextPage && items === props.items;
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

  useLayOutAhead(ref, items);

  const blocks: ReactNode[] = [];
  for (let first = 0; first < items.length; first += BLOCK) {
    blocks.push(
      <Block
        key={first}
        rows={items.slice(first, first + BLOCK)}
        first={first}
        lazy={first > 0}
        getKey={getKey}
        renderItem={renderItem}
        heights={heights}
        estimateSize={measured ?? estimateSize}
        rowClassName={rowClassName}
      />,
    );
  }

  return (
    <>
      <div
        role="list"
        aria-label={label}
        ref={ref}
        className={className}
        onClickCapture={(event) => rememberHeights(event.currentTarget, memoryKey)}
      >
        {blocks}
      </div>
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

/** Blocks laid out ahead of time, by `useLayOutAhead`: each once. */
const laidOut = new WeakSet<Element>();

/**
 * Lays out every block the browser has skipped so far, one block per task, in the background. A
 * skipped block keeps its layout, so one that scrolls into view later costs a paint, not a layout
 * of its rows: even a fling into rows nobody has seen yet brings them in without a long task.
 */
function useLayOutAhead(ref: RefObject<HTMLDivElement | null>, items: unknown) {
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      const block = [...list.children].find((child) => !laidOut.has(child));
      if (!block) return;
      laidOut.add(block);
      // Where a row is, read inside a skipped block, makes the browser lay the block out now.
      void block.lastElementChild?.getBoundingClientRect();
      timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 0);
    return () => clearTimeout(timer);
  }, [ref, items]);
}

type BlockProps<T> = Pick<Props<T>, 'getKey' | 'renderItem' | 'estimateSize' | 'rowClassName'> & {
  rows: readonly T[];
  /** The first row's index in the list. */
  first: number;
  /**
   * The first block is always laid out: what reads where its rows are before the browser has
   * decided what is near the viewport (the early paint's hand-over, Back's scroll) reads them as drawn.
   */
  lazy: boolean;
  heights: ReadonlyMap<string, number>;
};

function BlockRows<T>({ rows, first, lazy, getKey, renderItem, heights, estimateSize, rowClassName }: BlockProps<T>) {
  const keys = rows.map(getKey);
  const sizes = keys.map((key) => heights.get(key) ?? estimateSize);
  const blockHeight = sizes.reduce((total, height) => total + height, 0);
  const drawn = rows.map((item, offset) => {
    const key = keys[offset]!;
    const index = first + offset;
    return (
      <div key={key} role="listitem" data-key={key} data-list-item="" className={rowClassName}>
        {renderItem(item, index)}
      </div>
    );
  });
  return (
    <div className={cn(lazy && 'lazy-row', BLOCK_CLASS)} style={lazy ? { containIntrinsicSize: `auto ${blockHeight}px` } : undefined}>
      {drawn}
    </div>
  );
}

/** A block is drawn again only when one of its rows, or how many rows there are, changed. */
const Block = memo(BlockRows, (before, after) => {
  const { rows, ...rest } = after;
  return (
    rows.length === before.rows.length &&
    rows.every((row, index) => row === before.rows[index]) &&
    (Object.keys(rest) as (keyof typeof rest)[]).every((name) => Object.is(rest[name], before[name]))
  );
}) as typeof BlockRows;
