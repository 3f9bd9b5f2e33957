import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

import { defaultFilters, readFilters, writeFilters, type FilterSpec, type FilterValues } from '@/lib/url-filters';

export type FilterWrite = {
  /** Typing writes with replace (one history entry per search); a deliberate choice pushes, so Back steps through it. */
  replace?: boolean;
};

/**
 * The filters of `spec` as held in the URL, and how to change them. `spec` must be stable (a
 * module constant). Other search params (panel switches and the like) are left alone.
 */
export function useUrlFilters<S extends FilterSpec>(spec: S) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(spec, params), [spec, params]);

  const setFilters = useCallback(
    (patch: Partial<FilterValues<S>>, { replace = false }: FilterWrite = {}) =>
      setParams((previous) => writeFilters(spec, { ...readFilters(spec, previous), ...patch }, previous), { replace }),
    [spec, setParams],
  );

  const clearFilters = useCallback(
    (keep: Partial<FilterValues<S>> = {}) => setParams((previous) => writeFilters(spec, { ...defaultFilters(spec), ...keep }, previous)),
    [spec, setParams],
  );

  return { filters, setFilters, clearFilters };
}
