import * as v from 'valibot';

import { finiteNumber, lenient, parseItems } from '@/lib/lenient';

const text = lenient(v.string());

/** Epoch ms as the reference says; an ISO string is read too. Required: a hit without a date is skipped. */
const epochMs = v.union([
  finiteNumber,
  v.pipe(
    v.string(),
    v.transform((value) => Date.parse(value)),
    v.check((value) => Number.isFinite(value)),
  ),
]);

export const hitSchema = v.object({
  recordingId: v.pipe(v.string(), v.minLength(1)),
  dateCreated: epochMs,
  title: text,
  repFirstName: text,
  repLastName: text,
  userId: text,
  teamId: text,
  teamName: text,
  result: text,
  isPrivate: lenient(v.boolean()),
  conversationType: text,
  durationInMilliseconds: lenient(finiteNumber),
  viewed: lenient(v.boolean()),
  universalOutcomeLabel: text,
  evaluation: lenient(v.object({ pointsEarned: lenient(finiteNumber), pointsPossible: lenient(finiteNumber) })),
  crmCustomer: lenient(v.object({ name: text, organizationId: text })),
  // Not in the reference's hit: read when an API sends it (the sample does) for the follow-up marker.
  followups: lenient(v.array(v.unknown())),
});

export type Hit = v.InferOutput<typeof hitSchema>;

const answerSchema = v.object({
  data: v.object({
    hits: v.unknown(),
    estimatedTotalHits: lenient(finiteNumber),
    limit: lenient(finiteNumber),
    offset: lenient(finiteNumber),
  }),
});

export type SearchPage = {
  hits: Hit[];
  /** Hits that could not be read, skipped. */
  skipped: number;
  total: number | null;
  offset: number | null;
};

/** null when the answer is not a search answer at all. */
export function parseSearchPage(body: unknown): SearchPage | null {
  const result = v.safeParse(answerSchema, body);
  if (!result.success) return null;
  const { hits, estimatedTotalHits, offset } = result.output.data;
  const { items, skipped } = parseItems(hitSchema, hits);
  return { hits: items, skipped, total: estimatedTotalHits ?? null, offset: offset ?? null };
}

/** The score as a percentage, when the scorecard gave one. */
export function scoreOf(hit: Hit): number | null {
  const earned = hit.evaluation?.pointsEarned;
  const possible = hit.evaluation?.pointsPossible;
  if (earned == null) return null;
  if (possible == null || possible <= 0) return earned;
  return Math.round((earned / possible) * 100);
}
