import * as v from 'valibot';

import { finiteNumber, lenient, parseItems, type List } from '@/lib/lenient';

// A follow-up as both the queue and the recording detail answer it. Only the id is needed to
// work one; every other field falls back on its own, enums stay text, bad list items are
// skipped and counted.

const text = lenient(v.string());
const flag = lenient(v.boolean());
const date = lenient(
  v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value))),
  ),
);

function list<TSchema extends v.GenericSchema>(item: TSchema) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((input): List<v.InferOutput<TSchema>> | null | undefined => (input == null ? input : parseItems(item, input))),
    ),
  );
}

const historySchema = v.object({ id: text, updatedBy: text, createdAt: date, note: text, status: text });

/**
 * Siro's follow-up has no revenue field: the revenue it could bring travels in `metadata`
 * (string values only) as `potentialRevenue`, which is what `totalRevenue` adds up.
 */
const revenue = v.pipe(
  v.unknown(),
  v.transform((input): number | null => {
    if (!Array.isArray(input)) return null;
    for (const entry of input) {
      const raw = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).potentialRevenue : undefined;
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
      if (Number.isFinite(value)) return value;
    }
    return null;
  }),
);

export const followupSchema = v.pipe(
  v.object({
    followupId: v.pipe(v.string(), v.minLength(1)),
    recordingId: text,
    recordingTitle: text,
    followupType: text,
    score: lenient(finiteNumber),
    status: text,
    starred: flag,
    followupAction: text,
    repName: text,
    repId: text,
    teamName: text,
    teamId: text,
    dateCreated: date,
    updatedAt: date,
    note: text,
    context: list(v.object({ header: v.string(), value: v.string() })),
    history: list(historySchema),
    crmUrl: text,
    crmCustomer: lenient(v.object({ name: text, crmUrl: text, organizationId: text })),
    metadata: v.optional(revenue, null),
  }),
  v.transform(({ metadata, ...rest }) => ({ ...rest, potentialRevenue: metadata })),
);

export type Followup = v.InferOutput<typeof followupSchema>;
export type FollowupHistoryEntry = NonNullable<Followup['history']>['items'][number];

export const followupPageSchema = v.object({
  data: v.object({
    totalCount: lenient(finiteNumber),
    totalRevenue: lenient(finiteNumber),
    followups: list(v.unknown()),
  }),
  cursor: lenient(v.string()),
});

export type FollowupPage = { followups: List<Followup>; totalCount: number | null; totalRevenue: number | null; cursor: string | null };

export function parseFollowupPage(body: unknown): FollowupPage | null {
  const result = v.safeParse(followupPageSchema, body);
  if (!result.success) return null;
  const { data, cursor } = result.output;
  return {
    followups: parseItems(followupSchema, data.followups?.items ?? []),
    totalCount: data.totalCount ?? null,
    totalRevenue: data.totalRevenue ?? null,
    cursor: cursor ?? null,
  };
}

export const followupAnswerSchema = v.object({ data: followupSchema });

export { FOLLOWUP_STATUSES, FOLLOWUP_TYPES, type FollowupStatus } from '../request';
