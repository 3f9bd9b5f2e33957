import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * How a long list is viewed, kept in the URL so a shared link shows the same: its filter
 * (`<name>Filter`), all of it (`<name>Show=all`) and its grouping (`<name>Group=<grouping>`).
 * Typing the filter replaces the history entry; showing all or grouping pushes one.
 */
export function useListView(name: string, grouping: string | null) {
  const [params, setParams] = useSearchParams();
  const filterKey = `${name}Filter`;
  const showKey = `${name}Show`;
  const groupKey = `${name}Group`;

  const write = useCallback(
    (key: string, value: string | null, replace: boolean) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace },
      ),
    [setParams],
  );

  return {
    filter: params.get(filterKey) ?? '',
    all: params.get(showKey) === 'all',
    grouped: grouping !== null && params.get(groupKey) === grouping,
    setFilter: useCallback((value: string) => write(filterKey, value.trim() ? value : null, true), [write, filterKey]),
    setAll: useCallback((on: boolean) => write(showKey, on ? 'all' : null, false), [write, showKey]),
    setGrouped: useCallback((on: boolean) => write(groupKey, on ? grouping : null, false), [write, groupKey, grouping]),
  };
}
