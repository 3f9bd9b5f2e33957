import * as v from 'valibot';

import { finiteNumber, lenient, parseItems } from '@/lib/lenient';

// The v2 summary's schema, apart from its query: the boot script reads the sections with it to
// paint them before the app has loaded, so it must not pull in React or react-query.

const quoteSchema = v.pipe(
  v.object({
    quote: v.pipe(v.string(), v.trim(), v.minLength(1)),
    startTimeInMillis: v.pipe(finiteNumber, v.minValue(0)),
    endTimeInMillis: lenient(finiteNumber),
  }),
  v.transform((raw) => ({ text: raw.quote, startMs: raw.startTimeInMillis })),
);

/** A section needs a header or some text to be worth a heading; the rest may be missing. */
const sectionSchema = v.pipe(
  v.object({
    id: lenient(v.union([v.string(), finiteNumber])),
    promptHeader: lenient(v.string()),
    promptResponse: lenient(v.string()),
    summaryResultIndex: lenient(finiteNumber),
    quotes: v.optional(v.unknown()),
  }),
  v.transform((raw) => ({
    id: raw.id === undefined ? undefined : String(raw.id),
    header: raw.promptHeader?.trim() || 'Summary',
    text: raw.promptResponse?.trim() ?? '',
    order: raw.summaryResultIndex ?? Number.POSITIVE_INFINITY,
    quotes: parseItems(quoteSchema, raw.quotes).items,
  })),
  v.check((section) => section.text !== '' || section.quotes.length > 0),
);

export type SummarySection = v.InferOutput<typeof sectionSchema>;

const responseSchema = v.object({ data: v.unknown() });

/** The sections in Siro's order, or null when the answer is not a summary at all. */
export function parseSummarySections(body: unknown): SummarySection[] | null {
  const result = v.safeParse(responseSchema, body);
  if (!result.success) return null;
  // Sort is stable: sections without an index keep their order, after the numbered ones.
  return parseItems(sectionSchema, result.output.data).items.sort((a, b) => (a.order === b.order ? 0 : a.order - b.order));
}
