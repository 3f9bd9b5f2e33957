import { describe, expect, it } from 'vitest';

import type { UtterancePage } from './api/utterances-schema';
import { activeLineIndex, flattenPages, isLowConfidence, repeatsEarlierPages } from './transcript-lines';

describe('activeLineIndex', () => {
  const lines = [{ startMs: 1_000 }, { startMs: 4_000 }, { startMs: 9_000 }];

  it.each([
    [0, -1],
    [999, -1],
    [1_000, 0],
    [5_000, 1],
    [8_999, 1],
    [60_000, 2],
  ])('at %i ms → line %i', (ms, index) => {
    expect(activeLineIndex(lines, ms)).toBe(index);
  });
});

describe('flattenPages', () => {
  it('merges speaker maps across pages and counts skipped lines; a __proto__ tag is only a tag', () => {
    const transcript = flattenPages([
      { items: [], skipped: 1, speakerMap: { 0: 'Marcus' }, cursor: 2 },
      { items: [], skipped: 2, speakerMap: JSON.parse('{"1":"Karen","__proto__":"Odd"}') as Record<string, string>, cursor: null },
    ]);
    expect([...transcript.speakerNames]).toEqual([
      ['0', 'Marcus'],
      ['1', 'Karen'],
      ['__proto__', 'Odd'],
    ]);
    expect(transcript.skipped).toBe(3);
  });
});

const utterance = (text: string, startMs: number) => ({
  text,
  startMs,
  endMs: startMs + 500,
  speakerTag: '0',
  redacted: false,
  confidence: undefined,
});
const page = (lines: [string, number][], skipped = 0): UtterancePage => ({
  items: lines.map(([text, startMs]) => utterance(text, startMs)),
  skipped,
  speakerMap: {},
  cursor: undefined,
});

describe('flattenPages: lines repeated across pages', () => {
  it("shows a line a later page repeats once, keeps the new ones, and ignores a repeated page's skipped count", () => {
    const transcript = flattenPages([
      page(
        [
          ['Hello', 0],
          ['Hi', 1_000],
        ],
        1,
      ),
      page([
        ['Hi', 1_000],
        ['How are you?', 2_000],
      ]),
      page(
        [
          ['Hello', 0],
          ['Hi', 1_000],
        ],
        1,
      ),
    ]);
    expect(transcript.lines.map((line) => line.text)).toEqual(['Hello', 'Hi', 'How are you?']);
    expect(transcript.skipped).toBe(1);
  });

  it('keeps lines with the same words said at different times', () => {
    expect(flattenPages([page([['Yes.', 0]]), page([['Yes.', 9_000]])]).lines).toHaveLength(2);
  });
});

describe('repeatsEarlierPages', () => {
  it('is true when the last page brings nothing new', () => {
    expect(
      repeatsEarlierPages([
        page([
          ['a', 0],
          ['b', 1],
        ]),
        page([
          ['b', 1],
          ['a', 0],
        ]),
      ]),
    ).toBe(true);
  });

  it('is false when it brings anything new, or is the only or an empty page', () => {
    expect(
      repeatsEarlierPages([
        page([['a', 0]]),
        page([
          ['a', 0],
          ['c', 2],
        ]),
      ]),
    ).toBe(false);
    expect(repeatsEarlierPages([page([['a', 0]])])).toBe(false);
    expect(repeatsEarlierPages([page([['a', 0]]), page([], 3)])).toBe(false);
  });
});

describe('isLowConfidence', () => {
  it.each([
    [0.59, true],
    [0.6, false],
    [undefined, false],
  ])('%s → %s', (confidence, low) => {
    expect(isLowConfidence({ confidence })).toBe(low);
  });
});
