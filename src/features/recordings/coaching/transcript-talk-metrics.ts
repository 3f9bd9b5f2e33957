import type { TalkMetrics, TranscriptLine } from './talk-metrics';

// Talk metrics from the transcript, for a recording Siro computed none for: loaded with the
// Talk metrics panel, not with the page.

/** A silence this long ends a monologue: the speaker stopped (to inspect the roof, say), not paused. */
const MAX_PAUSE_MS = 5_000;

const spoken = (line: TranscriptLine) => Math.max(0, (line.endMs ?? line.startMs) - line.startMs);
const questionsIn = (line: TranscriptLine) => (line.redacted ? 0 : (line.text.match(/[?¿]/g)?.length ?? 0));

function longestRun(lines: readonly TranscriptLine[], isSide: (line: TranscriptLine) => boolean): number {
  let longest = 0;
  let runStart: number | null = null;
  let runEnd = 0;
  for (const line of lines) {
    if (!isSide(line) || (runStart !== null && line.startMs - runEnd > MAX_PAUSE_MS)) runStart = null;
    if (!isSide(line)) continue;
    runStart ??= line.startMs;
    runEnd = line.endMs ?? line.startMs;
    longest = Math.max(longest, runEnd - runStart);
  }
  return longest;
}

/** What the transcript allows; nothing from an empty one. Lines must be in time order. */
export function metricsFromTranscript(lines: readonly TranscriptLine[], repTag: string): TalkMetrics {
  if (lines.length === 0) return {};
  // Spanish questions open with ¿ and close with ?: count each question once.
  const isRep = (line: TranscriptLine) => line.speakerTag === repTag;
  let rep = 0;
  let customer = 0;
  let repQuestions = 0;
  let customerQuestions = 0;
  for (const line of lines) {
    const questions = line.text.includes('¿') ? (line.text.match(/¿/g)?.length ?? 0) : questionsIn(line);
    if (isRep(line)) {
      rep += spoken(line);
      repQuestions += line.redacted ? 0 : questions;
    } else {
      customer += spoken(line);
      customerQuestions += line.redacted ? 0 : questions;
    }
  }
  const metrics: TalkMetrics = {
    repSpeakingTime: rep,
    customerSpeakingTime: customer,
    longestMonologueMillis: longestRun(lines, isRep),
    longestCustomerStoryMillis: longestRun(lines, (line) => !isRep(line)),
    repQuestionsCount: repQuestions,
    customerQuestionsCount: customerQuestions,
  };
  if (rep + customer > 0) metrics.repSpeakerShare = Math.round((rep / (rep + customer)) * 1_000) / 10;
  return metrics;
}
