import { useCallback, useDeferredValue, useMemo, useState } from 'react';

import type { Utterance } from '../api/utterances-schema';
import { findMatches, matchCountLabel, type Match, type SearchStatus } from '../search';

export type LineMatch = Match & { index: number };

/**
 * Search over the lines loaded so far; the count grows as later pages arrive (their matches
 * come after the ones found, so a match's number never changes).
 */
export function useTranscriptSearch(lines: readonly Utterance[], status: SearchStatus) {
  const [query, setQuery] = useState('');
  const searched = useDeferredValue(query);
  const searching = searched.trim() !== '';
  // `index` may be one past the last match: Next pressed there while pages still load.
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

  // A new query starts at its first match.
  const wanted = position.query === searched ? position.index : 0;
  const count = matches.length;
  // Past the last match found: wait for the pages still loading rather than wrap to the first.
  const waiting = count > 0 && wanted >= count && status === 'loading';
  const index = count === 0 ? 0 : waiting ? count - 1 : wanted % count;
  const stepped = position.query === searched && position.step > 0;

  const step = useCallback(
    (by: 1 | -1) => {
      if (count === 0) return;
      let next: number;
      if (by === -1) next = waiting ? count - 1 : (index - 1 + count) % count;
      else next = status === 'loading' && index === count - 1 ? count : (index + 1) % count;
      setPosition((previous) => ({ query: searched, index: next, step: previous.step + 1 }));
    },
    [count, index, searched, status, waiting],
  );

  const label = waiting ? 'Searching the rest…' : matchCountLabel(index, count, status);
  // For the live region: the start and the end of a search and each step, not every page.
  let announcement = '';
  if (searching && waiting) announcement = 'Searching the rest of the transcript…';
  else if (searching && status === 'loading') announcement = stepped && count > 0 ? `Match ${index + 1}, still searching…` : 'Searching…';
  else if (searching && status === 'complete') announcement = label;
  else if (searching) announcement = `${label}. The rest of the transcript could not be searched.`;

  return {
    query,
    setQuery,
    searching,
    matches,
    byLine,
    /** Which match is current (0-based); meaningful when there are matches. */
    index,
    current: matches[index],
    /** "3 of 12+", shown beside the field and read as its description. */
    label: searching ? label : '',
    announcement,
    /** A page failed: the matches are those of the lines loaded. */
    partial: status === 'partial',
    /**
     * Changes on every step (even to the same match) and when the current match first turns up
     * on a page that just arrived: each time, it is scrolled into view.
     */
    stepKey: `${searched}\u0000${matches[index]?.line ?? -1}:${matches[index]?.start ?? -1}\u0000${position.step}`,
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}
