import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { Utterance } from '../api/utterances-schema';
import { findMatches, type Match } from '../search';

export type LineMatch = Match & { index: number };

/** Search over the lines loaded so far; the count grows as later pages arrive. */
export function useTranscriptSearch(lines: readonly Utterance[]) {
  const [query, setQuery] = useState('');
  const searched = useDeferredValue(query);
  const [position, setPosition] = useState({ query: '', index: 0, step: 0 });

  const { matches, byLine } = useMemo(() => {
    const found = findMatches(lines, searched);
    const grouped = new Map<number, LineMatch[]>();
    found.forEach((match, index) => {
      const list = grouped.get(match.line) ?? [];
      list.push({ ...match, index });
      grouped.set(match.line, list);
    });
    return { matches: found, byLine: grouped };
  }, [lines, searched]);

  // A new query starts at its first match; later pages only add matches after the current one.
  const index = position.query === searched ? Math.min(position.index, Math.max(0, matches.length - 1)) : 0;
  const step = useCallback(
    (by: 1 | -1) => {
      if (matches.length === 0) return;
      setPosition((previous) => ({
        query: searched,
        index: (index + by + matches.length) % matches.length,
        step: previous.step + 1,
      }));
    },
    [index, matches.length, searched],
  );

  return {
    query,
    setQuery,
    searching: searched.trim() !== '',
    matches,
    byLine,
    /** Which match is current (0-based); meaningful when there are matches. */
    index,
    current: matches[index],
    /**
     * Changes on every step (even to the same match) and when the current match first turns up
     * on a page that just arrived: each time, it is scrolled into view.
     */
    stepKey: `${searched}\u0000${matches[index]?.line ?? -1}:${matches[index]?.start ?? -1}\u0000${position.step}`,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}
