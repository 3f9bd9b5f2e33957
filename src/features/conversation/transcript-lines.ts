import type { Utterance, UtterancePage } from './api/utterances-schema';

export type Transcript = {
  lines: Utterance[];
  speakerNames: ReadonlyMap<string, string>;
  skipped: number;
};

/** The pages loaded so far as one conversation; each page may repeat or extend the speaker map. */
export function flattenPages(pages: readonly UtterancePage[]): Transcript {
  const lines: Utterance[] = [];
  // A Map, not an object: a tag named `__proto__` is just a tag.
  const speakerNames = new Map<string, string>();
  let skipped = 0;
  for (const page of pages) {
    lines.push(...page.items);
    for (const [tag, name] of Object.entries(page.speakerMap)) speakerNames.set(tag, name.trim());
    skipped += page.skipped;
  }
  return { lines, speakerNames, skipped };
}

/** The line being heard at `ms`: the latest start at or before it (a pause keeps the last line). */
export function activeLineIndex(lines: readonly Pick<Utterance, 'startMs'>[], ms: number): number {
  let best = -1;
  lines.forEach((line, index) => {
    if (line.startMs <= ms && (best === -1 || line.startMs >= lines[best]!.startMs)) best = index;
  });
  return best;
}

/** Below this, Siro's transcription is often wrong: the line is marked so nobody quotes it blindly. */
export const LOW_CONFIDENCE = 0.6;

export const isLowConfidence = (line: Pick<Utterance, 'confidence'>) =>
  line.confidence !== undefined && line.confidence < LOW_CONFIDENCE;

/** A redacted line often holds only a placeholder like "[REDACTED]": nothing to show or find then. */
export function visibleText(line: Pick<Utterance, 'text' | 'redacted'>): string {
  if (line.redacted && /^[\s[\]()*#_-]*(redacted)?[\s[\]()*#_-]*$/i.test(line.text)) return '';
  return line.text;
}
