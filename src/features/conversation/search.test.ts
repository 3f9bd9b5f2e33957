import { describe, expect, it } from 'vitest';

import type { UtterancePage } from './api/utterances-schema';
import { findMatches, matchCountLabel } from './search';
import { flattenPages } from './transcript-lines';

const utterance = (text: string, redacted = false) => ({
  text,
  startMs: 0,
  endMs: undefined,
  speakerTag: '0',
  redacted,
  confidence: undefined,
});
const page = (texts: string[], speakerMap: Record<string, string> = {}): UtterancePage => ({
  items: texts.map((text) => utterance(text)),
  skipped: 0,
  speakerMap,
  cursor: null,
});

describe('findMatches', () => {
  it('finds every occurrence across every page, in reading order', () => {
    const { lines } = flattenPages([page(['The roof leaks.', 'No gutters']), page(['Roof, roof, ROOF!'])]);
    expect(findMatches(lines, 'roof')).toEqual([
      { line: 0, start: 4, end: 8 },
      { line: 2, start: 0, end: 4 },
      { line: 2, start: 6, end: 10 },
      { line: 2, start: 12, end: 16 },
    ]);
  });

  it('is case-insensitive both ways and trims the query', () => {
    const lines = [utterance('Timberline HDZ shingles')];
    expect(findMatches(lines, '  hdz ')).toEqual([{ line: 0, start: 11, end: 14 }]);
    expect(findMatches(lines, 'TIMBERLINE')).toHaveLength(1);
  });

  it('ignores accents, and highlights the original characters', () => {
    const lines = [utterance('¿Y cuánto duraría la instalación?')];
    const [match] = findMatches(lines, 'instalacion');
    expect(lines[0]!.text.slice(match!.start, match!.end)).toBe('instalación');
    expect(findMatches(lines, 'CUÁNTO')).toHaveLength(1);
  });

  it('keeps offsets right around characters outside the basic plane', () => {
    const lines = [utterance('👍 Great 👍 great')];
    const matches = findMatches(lines, 'great');
    expect(matches.map((m) => lines[0]!.text.slice(m.start, m.end))).toEqual(['Great', 'great']);
  });

  it('does not overlap matches', () => {
    expect(findMatches([utterance('aaaa')], 'aa')).toHaveLength(2);
  });

  it('finds nothing in a redaction placeholder or for an empty query, but searches what a redacted line still shows', () => {
    expect(findMatches([utterance('[REDACTED]', true)], 'redacted')).toEqual([]);
    expect(findMatches([utterance('My card is [REDACTED]', true)], 'card')).toHaveLength(1);
    expect(findMatches([utterance('text')], '   ')).toEqual([]);
  });
});

describe('matchCountLabel', () => {
  it.each([
    [0, 12, 'complete', '1 of 12'],
    [2, 12, 'complete', '3 of 12'],
    [0, 4, 'loading', '1 of 4+'],
    [0, 0, 'complete', 'No matches'],
    [0, 0, 'loading', 'Searching…'],
    [1, 3, 'partial', '2 of 3 so far'],
    [0, 0, 'partial', 'No matches so far'],
  ] as const)('current %i, total %i, %s → %s', (current, total, status, label) => {
    expect(matchCountLabel(current, total, status)).toBe(label);
  });
});
