import { useDeferredValue, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';

import { useListView } from '@/hooks/use-list-view';
import { usePrinting } from '@/hooks/use-printing';
import { useProgressiveCount } from '@/hooks/use-progressive-count';
import { formatNumber } from '@/lib/format';

import { Button } from './button';
import { DebouncedInput } from './debounced-input';
import { fieldClass, labelClass } from './field-styles';
import { ListBody } from './panel-frame';
import { Switch } from './switch';

// Short lists render plainly: estimated sizes would only make their layout guess (and move
// what is below as rows come into view). Count the rows rendered, not the items.
const LONG_LIST = 50;

export const rowClass = (count: number) => (count > LONG_LIST ? 'lazy-row' : undefined);

const FOLD_SLACK = 5;

/** An item and where it stands in the whole list (a stable key, whatever is filtered out). */
export type Entry<T> = { item: T; index: number };

export type Grouping<T> = {
  /** Its value in the URL (`<name>Group=status`). */
  id: string;
  /** The switch's name, e.g. "Group by status". */
  label: string;
  key: (item: T) => string;
  /** Groups show in ascending rank, then in the order they first appear. */
  rank: (key: string) => number;
  heading: (key: string) => string;
};

type Props<T> = {
  /** The list's name in the URL's search params (`extractions` → `extractionsFilter`…). */
  name: string;
  items: readonly T[];
  skipped: number;
  empty: ReactNode;
  noun: string;
  plural: string;
  /** The words the filter field looks in; keep it stable (module level), it is memoised on. */
  text: (item: T) => string;
  /** Keep it stable (module level) too. */
  grouping?: Grouping<T>;
  /** How many items show before **Show all**. */
  first?: number;
  /** Shown above a list short enough to need no controls (those say how many there are). */
  summary?: ReactNode;
  /** Renders a run of entries: the whole list, or one group. */
  children: (entries: readonly Entry<T>[]) => ReactNode;
};

/**
 * A list panel's body that stays short on a long recording: the first items, a filter field
 * and **Show all N**, optionally grouped. The rest renders only when asked for (or printed),
 * which also keeps the page's first render small; exports read the data, not this view.
 */
export function LongListBody<T>({ name, items, skipped, empty, noun, plural, text, grouping, first = 10, summary, children }: Props<T>) {
  // A few more than `first` show whole: Show all would hide too little to be worth a tap.
  const long = items.length > first + FOLD_SLACK;
  return (
    <ListBody count={items.length} skipped={skipped} empty={empty} noun={noun} plural={plural}>
      {long ? (
        <LongList name={name} items={items} plural={plural} text={text} grouping={grouping} first={first}>
          {children}
        </LongList>
      ) : (
        <>
          {summary}
          {children(items.map((item, index) => ({ item, index })))}
        </>
      )}
    </ListBody>
  );
}

type ListProps<T> = Required<Pick<Props<T>, 'name' | 'items' | 'plural' | 'text' | 'first' | 'children'>> & {
  grouping?: Grouping<T>;
};

function LongList<T>({ name, items, plural, text, grouping, first, children }: ListProps<T>) {
  const view = useListView(name, grouping?.id ?? null);
  const { all, grouped } = view;
  const printing = usePrinting();
  const filterId = useId();
  // Folding a list read to its end would leave the manager far below it: keep its button in view.
  const toggle = useRef<HTMLDivElement>(null);
  const folding = useRef(false);
  useLayoutEffect(() => {
    if (all || !folding.current) return;
    folding.current = false;
    toggle.current?.scrollIntoView?.({ block: 'nearest' });
  }, [all]);
  const query = useDeferredValue(view.filter).trim();
  // On paper, everything: a filter narrows the screen, not the record.
  const needle = printing ? '' : query.toLocaleLowerCase();

  const haystacks = useMemo(() => items.map((item) => text(item).toLocaleLowerCase()), [items, text]);
  const ordered = useMemo(() => {
    const entries = items.map((item, index) => ({ item, index })).filter(({ index }) => !needle || haystacks[index]!.includes(needle));
    if (!grouped || !grouping) return entries;
    // Groups of the same rank stay whole, in the order they first appear.
    const order = new Map<string, [number, number]>();
    for (const { item, index } of entries) {
      const key = grouping.key(item);
      if (!order.has(key)) order.set(key, [grouping.rank(key), index]);
    }
    const place = (entry: Entry<T>) => order.get(grouping.key(entry.item))!;
    return entries.sort((a, b) => place(a)[0] - place(b)[0] || place(a)[1] - place(b)[1] || a.index - b.index);
  }, [items, haystacks, needle, grouped, grouping]);
  const groupSizes = useMemo(() => {
    const sizes = new Map<string, number>();
    if (grouped && grouping) for (const { item } of ordered) sizes.set(grouping.key(item), (sizes.get(grouping.key(item)) ?? 0) + 1);
    return sizes;
  }, [ordered, grouped, grouping]);

  const limit = printing || all ? ordered.length : Math.min(first, ordered.length);
  const rendered = useProgressiveCount(limit, first);
  const visible = ordered.slice(0, printing ? limit : rendered);
  const total = formatNumber(items.length);
  const of = (count: number) => `${formatNumber(count)} of ${total} ${plural}`;
  let status: string;
  if (!needle) status = limit < items.length ? `Showing ${of(limit)}.` : `Showing all ${total} ${plural}.`;
  else if (ordered.length === 0) status = `No ${plural} match “${query}”.`;
  else status = `${of(ordered.length)} match${limit < ordered.length ? `; showing the first ${formatNumber(limit)}` : ''}.`;

  return (
    <>
      <div className="mb-3 flex flex-wrap items-end gap-x-4 gap-y-2 print:hidden">
        <div className="w-full min-w-0 sm:w-72">
          <label htmlFor={filterId} className={labelClass}>
            {`Filter ${plural}`}
          </label>
          <DebouncedInput
            id={filterId}
            type="search"
            value={view.filter}
            onCommit={view.setFilter}
            delay={200}
            autoComplete="off"
            className={fieldClass}
          />
        </div>
        {grouping && <Switch label={grouping.label} checked={grouped} onChange={view.setGrouped} />}
      </div>
      <p role="status" className="mb-3 text-sm text-slate-600 print:hidden">
        {status}
      </p>
      {grouped && grouping ? (
        runs(visible, grouping.key).map((run) => (
          <section key={run.key} aria-label={grouping.heading(run.key)} className="mb-4">
            <h3 className="border-b border-slate-200 pb-1 text-sm font-semibold text-slate-700">
              <bdi>{grouping.heading(run.key)}</bdi>
              <span className="font-normal text-slate-600">
                {' · '}
                {formatNumber(groupSizes.get(run.key) ?? run.entries.length)}
              </span>
            </h3>
            {children(run.entries)}
          </section>
        ))
      ) : (
        <>{children(visible)}</>
      )}
      {(all || limit < ordered.length) && (
        <div ref={toggle} className="mt-3 print:hidden">
          <Button
            variant="secondary"
            className="min-h-11"
            onClick={() => {
              folding.current = all;
              view.setAll(!all);
            }}
          >
            {all
              ? `Show the first ${formatNumber(first)}`
              : needle
                ? `Show all ${formatNumber(ordered.length)} matching`
                : `Show all ${total} ${plural}`}
          </Button>
        </div>
      )}
    </>
  );
}

/** Consecutive entries of the same group (the list is ordered by group when grouped). */
function runs<T>(entries: readonly Entry<T>[], key: (item: T) => string) {
  const result: { key: string; entries: Entry<T>[] }[] = [];
  for (const entry of entries) {
    const group = key(entry.item);
    const last = result.at(-1);
    if (last?.key === group) last.entries.push(entry);
    else result.push({ key: group, entries: [entry] });
  }
  return result;
}
