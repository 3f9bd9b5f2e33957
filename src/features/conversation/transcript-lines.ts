import type { Utterance, UtterancePage } from './api/utterances-schema';
import { byTag } from './speakers';

export type Transcript = {
  lines: Utterance[];
  speakerNames: ReadonlyMap<string, string>;
  /**
   * Every tag, in the order it was first mentioned: each page's speaker map (0, 1, 2…), then
   * the tags of its lines that no map named. Later pages only append, so a speaker's colour,
   * given by this place, never changes once shown.
   */
  speakerTags: string[];
  skipped: number;
};

/** What makes two lines the same line, whichever page brought them. */
const lineKey = (line: Utterance) => `${line.startMs}\u0000${line.endMs ?? ''}\u0000${line.speakerTag}\u0000${line.text}`;

/**
 * The pages loaded so far as one conversation; each page may repeat or extend the speaker map.
 * A line a page repeats from an earlier one is shown once, and a page that brings nothing new
 * (an API serving page one again) adds nothing, not even its count of unreadable lines.
 */
export function flattenPages(pages: readonly UtterancePage[]): Transcript {
  const lines: Utterance[] = [];
  const seen = new Set<string>();
  // A Map, not an object: a tag named `__proto__` is just a tag.
  const speakerNames = new Map<string, string>();
  const speakerTags = new Set<string>();
  let skipped = 0;
  for (const page of pages) {
    for (const tag of Object.keys(page.speakerMap).sort(byTag)) speakerTags.add(tag);
    const before = lines.length;
    for (const line of page.items) {
      const key = lineKey(line);
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(line);
      speakerTags.add(line.speakerTag);
    }
    for (const [tag, name] of Object.entries(page.speakerMap)) speakerNames.set(tag, name.trim());
    if (lines.length > before || page.items.length === 0) skipped += page.skipped;
  }
  return { lines, speakerNames, speakerTags: [...speakerTags], skipped };
}

// Asked on every render of the query: the answer per last page is kept, not worked out again.
const repeats = new WeakMap<UtterancePage, boolean>();

/** Whether the last page's lines all came on earlier pages: there is nothing more to page through. */
export function repeatsEarlierPages(pages: readonly UtterancePage[]): boolean {
  const last = pages.at(-1);
  if (!last || pages.length < 2 || last.items.length === 0) return false;
  let answer = repeats.get(last);
  if (answer === undefined) {
    const earlier = new Set(pages.slice(0, -1).flatMap((page) => page.items.map(lineKey)));
    answer = last.items.every((line) => earlier.has(lineKey(line)));
    repeats.set(last, answer);
  }
  return answer;
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

export const isLowConfidence = (line: Pick<Utterance, 'confidence'>) => line.confidence !== undefined && line.confidence < LOW_CONFIDENCE;

/** A redacted line often holds only a placeholder like "[REDACTED]": nothing to show or find then. */
export function visibleText(line: Pick<Utterance, 'text' | 'redacted'>): string {
  if (line.redacted && /^[\s[\]()*#_-]*(redacted)?[\s[\]()*#_-]*$/i.test(line.text)) return '';
  return line.text;
}
