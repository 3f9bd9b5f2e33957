import * as v from 'valibot';

import { isRecord } from '@/lib/api-client';
import { finiteNumber, lenient, parseItems } from '@/lib/lenient';

// Ask Siro's answers, read tolerantly: a quote without text or a start time is skipped, the rest kept.

const quoteSchema = v.pipe(
  v.object({
    quote: v.pipe(v.string(), v.trim(), v.minLength(1)),
    startTimeInMillis: v.pipe(finiteNumber, v.minValue(0)),
    endTimeInMillis: lenient(finiteNumber),
  }),
  v.transform((raw) => ({ text: raw.quote, startMs: raw.startTimeInMillis })),
);

export type ChatQuote = v.InferOutput<typeof quoteSchema>;
export type ChatAnswer = { answer: string; quotes: ChatQuote[]; skippedQuotes: number };

/** `{ answer, quotes }`, not wrapped in `data`; null when the body is neither. */
export function parseChatAnswer(body: unknown): ChatAnswer | null {
  if (!isRecord(body)) return null;
  const answer = typeof body.answer === 'string' ? body.answer.trim() : '';
  const { items, skipped } = parseItems(quoteSchema, body.quotes);
  if (!answer && items.length === 0) return null;
  return { answer, quotes: items, skippedQuotes: skipped };
}

/** A bare boolean per the reference; the usual `{ data }` envelope is read too. Null when neither. */
export function parseAvailability(body: unknown): boolean | null {
  const value = isRecord(body) ? body.data : body;
  return typeof value === 'boolean' ? value : null;
}

export const MAX_SUGGESTIONS = 4;

/** `{ data: { questions } }`: the distinct, non-empty ones, at most MAX_SUGGESTIONS. Null when not that shape. */
export function parseSuggestions(body: unknown): string[] | null {
  if (!isRecord(body) || !isRecord(body.data) || !Array.isArray(body.data.questions)) return null;
  const questions = body.data.questions.flatMap((question) => (typeof question === 'string' && question.trim() ? [question.trim()] : []));
  return [...new Set(questions)].slice(0, MAX_SUGGESTIONS);
}
