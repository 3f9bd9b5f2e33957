import { describe, expect, it } from 'vitest';
import { activeLineIndex, flattenPages, isLowConfidence } from './transcript-lines';

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
    expect([...transcript.speakerNames]).toEqual([['0', 'Marcus'], ['1', 'Karen'], ['__proto__', 'Odd']]);
    expect(transcript.skipped).toBe(3);
  });
});

describe('isLowConfidence', () => {
  it.each([[0.59, true], [0.6, false], [undefined, false]])('%s → %s', (confidence, low) => {
    expect(isLowConfidence({ confidence })).toBe(low);
  });
});
