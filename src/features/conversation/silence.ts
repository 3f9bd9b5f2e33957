import type { Utterance } from './api/utterances-schema';

export type Gap = { startMs: number; endMs: number };

/** Shorter pauses are conversation; longer ones, in a home visit, are the rep measuring the roof. */
export const MIN_GAP_MS = 2_000;
/** Landing this much before the next words, so their first syllable is heard. */
export const GAP_LEAD_MS = 250;

/**
 * The silences between utterances longer than `minMs`, from the transcript's times, in order:
 * before the first line, between lines (overlapping speech counts as speech), and after the
 * last one when the recording's length is known. A line without an end time may last until the
 * next one starts, so no gap follows it.
 */
export function silenceGaps(lines: readonly Utterance[], options: { durationMs?: number | null; minMs?: number } = {}): Gap[] {
  const minMs = options.minMs ?? MIN_GAP_MS;
  const sorted = [...lines].sort((a, b) => a.startMs - b.startMs);
  const gaps: Gap[] = [];
  let spokenUntil: number | null = 0;
  for (const line of sorted) {
    if (spokenUntil !== null && line.startMs - spokenUntil > minMs) gaps.push({ startMs: spokenUntil, endMs: line.startMs });
    const end = line.endMs !== undefined && line.endMs >= line.startMs ? line.endMs : null;
    spokenUntil = end === null ? null : Math.max(spokenUntil ?? end, end);
  }
  const durationMs = options.durationMs;
  if (sorted.length > 0 && spokenUntil !== null && durationMs && durationMs - spokenUntil > minMs) {
    gaps.push({ startMs: spokenUntil, endMs: durationMs });
  }
  return gaps;
}

/** The gap `ms` is in, if it is not already at its end; gaps sorted as `silenceGaps` returns them. */
export function gapToSkip(gaps: readonly Gap[], ms: number): Gap | null {
  let low = 0;
  let high = gaps.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const gap = gaps[middle]!;
    if (ms < gap.startMs) high = middle - 1;
    else if (ms >= gap.endMs - GAP_LEAD_MS) low = middle + 1;
    else return gap;
  }
  return null;
}
