// Ask Siro without a language model: the sample answers a question by retrieval from the
// transcript, and says so. Scoring, in full:
//   1. Words are lower-cased, accents folded, split on anything but letters and digits.
//   2. Stop words go (English, Spanish and French function words, and the verbs a question is
//      framed with: "say", "talk", "mention"…), as do one-letter words.
//   3. What is left is stemmed lightly: a plural or -ing/-ed/-ly ending comes off (`decisions`
//      and `decision` match, `financing` and `finance` match).
//   4. An utterance scores the sum, over the distinct question terms it contains, of the term's
//      rarity in this transcript, ln(1 + N / df) (N utterances, df of them containing the term):
//      a word said once counts for more than one said in every other line.
//   5. The best MAX_QUOTES utterances scoring at least half the best score are cited, in the
//      order they were said. Redacted utterances are never cited. No term in common: nothing found.
import type { Transcript, Utterance } from './types.ts';

export const MAX_QUOTES = 3;
export const NOTHING_FOUND = 'I found nothing about that in this conversation.';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const STOP_WORDS = new Set(
  // English
  (
    'a about above after again all also am an and any are as at be been before being both but by can could did do does doing done ' +
    'for from had has have having he her here hers him his how i if in into is it its just me more most my no not now of on once ' +
    'only or other our ours out over own same she should so some such than that the their theirs them then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom whose why will with would you ' +
    'your yours anything something thing things get gets got go goes going make makes made let lets ok okay yes yeah well really right ' +
    // How questions are framed, not what they are about.
    'say said says tell told talk talked mention mentioned discuss discussed ask asked think thought know knew want wanted ' +
    'anyone someone somebody call conversation recording ' +
    // Spanish
    'el la los las un una unos unas de del al y o que en es son por para con sin se su sus lo le les mi mis tu yo nos ' +
    'como cuando donde quien cual qué cómo cuándo dónde quién dijo dijeron hablaron sobre este esta eso esto ' +
    // French
    'le les des du une et ou est sont pour avec sans sur ce cet cette ces il elle ils elles nous vous je tu son sa ses leur ' +
    'qui quoi quand comment pourquoi dit ont ai pas ne au aux'
  )
    .split(' ')
    .map(fold),
);

/** The folded, unstemmed words of a text. */
function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A light suffix stripper: enough for plurals and verb forms to meet, not a linguist's stemmer. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'ly', 'es', 's']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3 && !word.endsWith('ss')) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The distinct terms a text is about. */
export function terms(text: string): Set<string> {
  const result = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    result.add(stem(word));
  }
  return result;
}

export type ScoredUtterance = { utterance: Utterance; score: number; matched: string[] };

/** Every utterance sharing a term with the question, best first (ties: earlier first). */
export function scoreUtterances(question: string, utterances: readonly Utterance[]): ScoredUtterance[] {
  const wanted = terms(question);
  if (wanted.size === 0) return [];
  const documents = utterances.map((utterance) => (utterance.redacted ? new Set<string>() : terms(utterance.utterance)));
  const documentFrequency = new Map<string, number>();
  for (const term of wanted) documentFrequency.set(term, documents.filter((document) => document.has(term)).length);
  const total = utterances.length;
  const scored: ScoredUtterance[] = [];
  documents.forEach((document, index) => {
    const matched = [...wanted].filter((term) => document.has(term));
    if (matched.length === 0) return;
    const score = matched.reduce((sum, term) => sum + Math.log(1 + total / (documentFrequency.get(term) ?? 1)), 0);
    scored.push({ utterance: utterances[index]!, score, matched });
  });
  return scored.sort((a, b) => b.score - a.score || a.utterance.startTimeInMillis - b.utterance.startTimeInMillis);
}

/** The utterances cited for a question, in the order they were said. */
export function retrieve(question: string, utterances: readonly Utterance[]): ScoredUtterance[] {
  const scored = scoreUtterances(question, utterances);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((entry) => entry.score >= best / 2)
    .slice(0, MAX_QUOTES)
    .sort((a, b) => a.utterance.startTimeInMillis - b.utterance.startTimeInMillis);
}

export type ChatQuote = { quote: string; startTimeInMillis: number; endTimeInMillis: number };
export type ChatAnswer = { answer: string; quotes: ChatQuote[] };

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1_000);
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(hours ? 2 : 1, '0');
  return `${hours ? `${hours}:` : ''}${mm}:${String(seconds % 60).padStart(2, '0')}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Siro's answer shape: a sentence saying what was found, and the utterances it rests on. */
export function answerQuestion(question: string, transcript: Transcript): ChatAnswer {
  const found = retrieve(question, transcript.utterances);
  if (found.length === 0) return { answer: NOTHING_FOUND, quotes: [] };
  // The words as the question put them, for the sentence; the stems only matched.
  const asked = words(question).filter((word) => found.some((entry) => entry.matched.includes(stem(word))) && !STOP_WORDS.has(word));
  const distinct = [...new Set(asked)].map((word) => `"${word}"`);
  const moments = found.map(
    ({ utterance }) =>
      `${transcript.speakerMap[utterance.speakerTag] ?? `Speaker ${utterance.speakerTag}`} at ${clock(utterance.startTimeInMillis)}`,
  );
  const count = found.length === 1 ? 'one moment matches' : `${found.length} moments match`;
  return {
    answer: `I searched the transcript for ${list(distinct)}: ${count} best, ${list(moments)}. The quotes below are what was said.`,
    quotes: found.map(({ utterance }) => ({
      quote: utterance.utterance,
      startTimeInMillis: utterance.startTimeInMillis,
      endTimeInMillis: utterance.endTimeInMillis,
    })),
  };
}
