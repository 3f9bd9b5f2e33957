import type { Utterance } from './api/utterances-schema';
import { visibleText } from './transcript-lines';

/** A hit: the line it is on and where in that line's text, as string offsets. */
export type Match = { line: number; start: number; end: number };

/**
 * Text folded for matching: lower case, accents dropped ("Acción" finds "accion"), with each
 * folded character's place in the original, so highlights land on the original text.
 */
function fold(text: string) {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < piece.length; k++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += piece;
    offset += char.length;
  }
  return { folded, starts, ends };
}

export const normalizeQuery = (query: string) => fold(query.trim()).folded;

/** Every occurrence of `query` in the text the lines show, in reading order. */
export function findMatches(lines: readonly Pick<Utterance, 'text' | 'redacted'>[], query: string): Match[] {
  const needle = normalizeQuery(query);
  if (!needle) return [];
  const matches: Match[] = [];
  lines.forEach((line, index) => {
    const text = visibleText(line);
    if (!text) return;
    const { folded, starts, ends } = fold(text);
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      matches.push({ line: index, start: starts[at]!, end: ends[at + needle.length - 1]! });
    }
  });
  return matches;
}

/** How far the search has got: still loading pages, every page searched, or a page failed. */
export type SearchStatus = 'loading' | 'complete' | 'partial';

/** "3 of 12", or why there is no count yet. */
export function matchCountLabel(current: number, total: number, status: SearchStatus): string {
  if (total === 0) return { loading: 'Searching…', complete: 'No matches', partial: 'No matches so far' }[status];
  return `${current + 1} of ${total}${{ loading: '+', complete: '', partial: ' so far' }[status]}`;
}
