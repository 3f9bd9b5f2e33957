// The talk metrics Siro stores on a recording document, computed here from the sample's own
// transcript so the numbers agree with what the dialogue says. Speaker "0" is the rep.
import type { Transcript, Utterance } from '../types.ts';

const REP_TAG = '0';
/** Words counted as filler when the rep says them (whole words, any case). */
const FILLERS = /\b(?:um+|uh+|erm|hmm+|you know|i mean|kind of|sort of|basically|actually|literally)\b/gi;

export type TalkMetrics = {
  conversationTime: number;
  repSpeakingTime: number;
  customerSpeakingTime: number;
  repSpeakerShare: number;
  longestMonologueMillis: number;
  longestCustomerStoryMillis: number;
  repQuestionsCount: number;
  customerQuestionsCount: number;
  exchangesCount: number;
  repWordCount: number;
  repFillerWordsCount: number;
  repWordsPerMinute: number;
  repFillerWordsPerMin: number;
  interactivityScore: number;
};

const spoken = (u: Utterance) => Math.max(0, u.endTimeInMillis - u.startTimeInMillis);
const questions = (u: Utterance) => (u.redacted ? 0 : (u.utterance.match(/\?/g)?.length ?? 0));
const words = (u: Utterance) => (u.redacted ? 0 : u.utterance.split(/\s+/).filter(Boolean).length);
const round1 = (value: number) => Math.round(value * 10) / 10;

/** A silence this long ends a monologue: the speaker has stopped (to inspect the roof, say), not paused. */
const MAX_PAUSE_MS = 5_000;

/** Longest run of consecutive utterances by one side, from its first start to its last end. */
function longestRun(utterances: readonly Utterance[], isSide: (u: Utterance) => boolean): number {
  let longest = 0;
  let runStart: number | null = null;
  let runEnd = 0;
  for (const u of utterances) {
    if (!isSide(u) || (runStart !== null && u.startTimeInMillis - runEnd > MAX_PAUSE_MS)) runStart = null;
    if (!isSide(u)) continue;
    runStart ??= u.startTimeInMillis;
    runEnd = u.endTimeInMillis;
    longest = Math.max(longest, runEnd - runStart);
  }
  return longest;
}

export function talkMetricsOf({ utterances }: Transcript): TalkMetrics | null {
  if (utterances.length === 0) return null;
  const isRep = (u: Utterance) => u.speakerTag === REP_TAG;
  const rep = utterances.filter(isRep);
  const customer = utterances.filter((u) => !isRep(u));
  const repSpeakingTime = rep.reduce((sum, u) => sum + spoken(u), 0);
  const customerSpeakingTime = customer.reduce((sum, u) => sum + spoken(u), 0);
  const repMinutes = repSpeakingTime / 60_000;
  const repWordCount = rep.reduce((sum, u) => sum + words(u), 0);
  const repFillerWordsCount = rep.reduce((sum, u) => sum + (u.redacted ? 0 : (u.utterance.match(FILLERS)?.length ?? 0)), 0);
  let exchangesCount = 0;
  utterances.forEach((u, index) => {
    if (index > 0 && utterances[index - 1]?.speakerTag !== u.speakerTag) exchangesCount += 1;
  });
  const conversationTime = (utterances.at(-1)?.endTimeInMillis ?? 0) - (utterances[0]?.startTimeInMillis ?? 0);
  const talking = repSpeakingTime + customerSpeakingTime;
  // Speaker changes per minute of talk, capped at 10: 10 is a lively back-and-forth.
  const interactivityScore = talking > 0 ? Math.min(10, round1(exchangesCount / (talking / 60_000))) : 0;
  return {
    conversationTime,
    repSpeakingTime,
    customerSpeakingTime,
    repSpeakerShare: talking > 0 ? round1((repSpeakingTime / talking) * 100) : 0,
    longestMonologueMillis: longestRun(utterances, isRep),
    longestCustomerStoryMillis: longestRun(utterances, (u) => !isRep(u)),
    repQuestionsCount: rep.reduce((sum, u) => sum + questions(u), 0),
    customerQuestionsCount: customer.reduce((sum, u) => sum + questions(u), 0),
    exchangesCount,
    repWordCount,
    repFillerWordsCount,
    repWordsPerMinute: repMinutes > 0 ? Math.round(repWordCount / repMinutes) : 0,
    repFillerWordsPerMin: repMinutes > 0 ? round1(repFillerWordsCount / repMinutes) : 0,
    interactivityScore,
  };
}
