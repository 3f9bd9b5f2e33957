import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';
import { finiteNumber, lenient, parseItems } from './lenient';

const STALE_TIME_MS = 30_000;

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
export type SummaryQuote = SummarySection['quotes'][number];

const responseSchema = v.object({ data: v.unknown() });

export async function getSummarySections(id: string, signal?: AbortSignal): Promise<SummarySection[]> {
  const body = await apiRequest(`/v2/core/recordings/${encodeURIComponent(id)}/summary`, {
    token: tokenStore.token(),
    signal,
  });
  const result = v.safeParse(responseSchema, body);
  if (!result.success) throw new ApiError('invalid-response', 'Siro answered, but not with a readable summary.');
  // Sort is stable: sections without an index keep their order, after the numbered ones.
  return parseItems(sectionSchema, result.output.data).items.sort((a, b) => (a.order === b.order ? 0 : a.order - b.order));
}

export function summarySectionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['recordings', 'summary-sections', id] as const,
    queryFn: ({ signal }) => getSummarySections(id, signal),
    staleTime: STALE_TIME_MS,
  });
}
