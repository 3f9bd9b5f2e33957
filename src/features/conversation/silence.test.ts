import { describe, expect, it } from 'vitest';

import type { Utterance } from './api/utterances-schema';
import { gapToSkip, silenceGaps } from './silence';

const line = (startMs: number, endMs?: number): Utterance => ({
  text: 'words',
  startMs,
  endMs,
  speakerTag: '0',
  redacted: false,
  confidence: undefined,
});

describe('silenceGaps', () => {
  it('finds the pauses longer than two seconds, before, between and after the lines', () => {
    const lines = [line(3_000, 5_000), line(6_000, 9_000), line(20_000, 22_000)];
    expect(silenceGaps(lines, { durationMs: 30_000 })).toEqual([
      { startMs: 0, endMs: 3_000 },
      { startMs: 9_000, endMs: 20_000 },
      { startMs: 22_000, endMs: 30_000 },
    ]);
  });

  it('keeps pauses of two seconds or less, and says nothing of the end while the length is unknown', () => {
    expect(silenceGaps([line(1_000, 2_000), line(4_000, 5_000), line(6_000, 7_000)])).toEqual([]);
  });

  it('counts overlapping speech as speech, in start order whatever the order given', () => {
    const lines = [line(10_000, 12_000), line(0, 9_000), line(1_000, 3_000)];
    expect(silenceGaps(lines)).toEqual([]);
  });

  it('never puts a gap after a line without an end time', () => {
    expect(silenceGaps([line(0, 1_000), line(1_500), line(60_000, 61_000)], { durationMs: 61_000 })).toEqual([]);
  });

  it('has no gaps without lines', () => {
    expect(silenceGaps([], { durationMs: 60_000 })).toEqual([]);
  });
});

describe('gapToSkip', () => {
  const gaps = [
    { startMs: 0, endMs: 3_000 },
    { startMs: 9_000, endMs: 20_000 },
  ];

  it('finds the gap a position is in, not once close enough to its end', () => {
    expect(gapToSkip(gaps, 0)).toEqual(gaps[0]);
    expect(gapToSkip(gaps, 12_000)).toEqual(gaps[1]);
    expect(gapToSkip(gaps, 19_900)).toBeNull();
    expect(gapToSkip(gaps, 5_000)).toBeNull();
    expect(gapToSkip(gaps, 25_000)).toBeNull();
  });
});
