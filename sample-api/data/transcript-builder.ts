// Turns a written dialogue into utterances with plausible, deterministic timings, so the
// transcripts read like real ones (pauses, a long silence while the rep inspects the roof)
// without anyone hand-typing 240 timestamps that would then drift from the text.
import type { SummaryQuote, Transcript, Utterance } from '../types.ts';

export type Line = {
  /** 0 is the rep, 1 the homeowner, 2 and up anyone else in the room. */
  speaker: number;
  text: string;
  /** Silence before this line, e.g. while the rep is on the roof; default a short turn gap. */
  pauseMs?: number;
  /** Transcription confidence; default a deterministic value between 0.90 and 0.996. */
  confidence?: number;
  /** Redacted by Siro (personal data): the text is replaced by "[REDACTED]". */
  redacted?: boolean;
};

export const rep = (text: string, extra: Partial<Line> = {}): Line => ({ speaker: 0, text, ...extra });
export const homeowner = (text: string, extra: Partial<Line> = {}): Line => ({ speaker: 1, text, ...extra });
/** A second person of the household, when two take part. */
export const otherHomeowner = (text: string, extra: Partial<Line> = {}): Line => ({ speaker: 2, text, ...extra });

const FIRST_START_MS = 1_800;
const MS_PER_WORD = 310;
const REDACTED_TEXT = '[REDACTED]';

export function buildTranscript(lines: readonly Line[], speakerMap: Record<string, string>): Transcript {
  const utterances: Utterance[] = [];
  let cursor = FIRST_START_MS;
  lines.forEach((line, index) => {
    // Index-based arithmetic instead of Math.random: the same transcript on every run.
    const gap = line.pauseMs ?? 350 + ((index * 137) % 700);
    const start = index === 0 ? cursor : cursor + gap;
    const words = line.text.split(/\s+/).filter(Boolean).length;
    const end = start + Math.max(900, words * MS_PER_WORD + 250);
    utterances.push({
      utterance: line.redacted ? REDACTED_TEXT : line.text,
      startTimeInMillis: start,
      endTimeInMillis: end,
      speakerTag: String(line.speaker),
      redacted: line.redacted ?? false,
      confidence: line.confidence ?? round(0.9 + ((index * 7919) % 97) / 1000),
    });
    cursor = end;
  });
  return { utterances, speakerMap };
}

/**
 * A summary quote that is exactly the utterance containing `fragment`, with its times.
 * Looked up by text so editing the dialogue cannot leave a quote pointing at the wrong line.
 */
export function quoteContaining(transcript: Transcript, fragment: string): SummaryQuote {
  const utterance = transcript.utterances.find((item) => item.utterance.includes(fragment));
  if (!utterance) throw new Error(`No utterance contains "${fragment}"`);
  return {
    quote: utterance.utterance,
    startTimeInMillis: utterance.startTimeInMillis,
    endTimeInMillis: utterance.endTimeInMillis,
  };
}

/** Recording length: the transcript plus the few seconds before the rep pressed stop. */
export function durationOf(transcript: Transcript): number {
  const last = transcript.utterances.at(-1);
  return last ? last.endTimeInMillis + 4_200 : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
