import * as v from 'valibot';

import { isRecord } from '@/lib/api-client';
import { finiteNumber, lenient, parseItems, type List } from '@/lib/lenient';

// The full recording document is large and mostly internal bookkeeping: only what the page shows
// is read here (the rep, the team, the speakers, the comment counts, the scorecard, the moments
// and the talk metrics); everything else passes unread. Each field falls back on its own, and a
// broken criterion, citation or moment is skipped and counted without losing the rest.

const text = lenient(v.string());
const numeric = lenient(finiteNumber);
const time = v.pipe(finiteNumber, v.minValue(0));

function listOf<TSchema extends v.GenericSchema>(item: TSchema) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((input): List<v.InferOutput<TSchema>> => parseItems(item, input)),
    ),
    [],
  );
}

/** Only the string entries of a JSON object, in a Map (a key named `__proto__` is just a key). */
function entriesOf<T>(accept: (value: unknown) => value is T) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform(
        (input): Map<string, T> =>
          new Map(isRecord(input) ? Object.entries(input).filter((entry): entry is [string, T] => accept(entry[1])) : []),
      ),
    ),
    {},
  );
}
const isName = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

const citationSchema = v.pipe(
  v.object({ quote: v.string(), startTimeInMillis: time, endTimeInMillis: lenient(finiteNumber) }),
  v.transform((raw) => ({ quote: raw.quote, startMs: raw.startTimeInMillis, endMs: raw.endTimeInMillis ?? undefined })),
);
export type Citation = v.InferOutput<typeof citationSchema>;

const metricMetadataSchema = v.optional(
  v.pipe(
    v.unknown(),
    v.transform((input) => {
      const raw = isRecord(input) ? input : {};
      const cited = isRecord(raw.thinkingWithCitation) ? raw.thinkingWithCitation : {};
      const read = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
      return {
        score: read(raw.score),
        impact: read(raw.impact),
        thinking: read(raw.thinking),
        recommendation: read(raw.recommendation),
        citations: parseItems(citationSchema, cited.citations ?? []),
      };
    }),
  ),
  {},
);

/** A node of the scorecard: without an id and a type it cannot be placed in the tree, so it is skipped. */
const evaluationNodeSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.nonEmpty()),
    nodeType: v.string(),
    parentId: text,
    name: text,
    description: text,
    indexNumber: numeric,
    pointsEarned: numeric,
    pointsPossible: numeric,
    color: text,
    metadata: metricMetadataSchema,
  }),
  v.transform(({ metadata, ...node }) => ({ ...node, ...metadata })),
);
export type EvaluationNode = v.InferOutput<typeof evaluationNodeSchema>;

const evaluationSchema = v.object({
  name: text,
  pointsEarned: numeric,
  pointsPossible: numeric,
  evaluatedNodes: listOf(evaluationNodeSchema),
});
export type Evaluation = v.InferOutput<typeof evaluationSchema>;

/** A tagged moment; without a time it cannot be placed or played, so it is skipped. */
const momentSchema = v.pipe(
  v.object({
    type: text,
    types: lenient(v.array(v.string())),
    timestampInMilliseconds: time,
    endTimestampInMilliseconds: lenient(finiteNumber),
    preview: text,
    text: text,
    bookmarkConfigId: text,
    identifier: text,
  }),
  v.transform((raw) => ({
    kind: raw.type ?? raw.types?.[0] ?? 'MOMENT',
    startMs: raw.timestampInMilliseconds,
    endMs: raw.endTimestampInMilliseconds ?? undefined,
    preview: raw.preview ?? raw.text ?? undefined,
    bookmarkConfigId: raw.bookmarkConfigId ?? undefined,
  })),
);
export type Moment = v.InferOutput<typeof momentSchema>;

/** The talk metrics exactly as Siro names them; any may be missing on older recordings. */
export const TALK_METRIC_FIELDS = [
  'repSpeakerShare',
  'repSpeakingTime',
  'customerSpeakingTime',
  'longestMonologueMillis',
  'longestCustomerStoryMillis',
  'repQuestionsCount',
  'customerQuestionsCount',
  'repWordsPerMinute',
  'repFillerWordsPerMin',
  'interactivityScore',
] as const;
export type TalkMetricField = (typeof TALK_METRIC_FIELDS)[number];

/** An evaluation that came but could not be read at all is `null` with `evaluationUnreadable`. */
const evaluationField = v.optional(
  v.pipe(
    v.unknown(),
    v.transform((input) => {
      if (input == null) return { evaluation: null, unreadable: false };
      const result = v.safeParse(evaluationSchema, input);
      return result.success ? { evaluation: result.output, unreadable: false } : { evaluation: null, unreadable: true };
    }),
  ),
);

export const recordingDocumentSchema = v.pipe(
  v.object({
    id: v.string(),
    organizationId: text,
    repFirstName: text,
    repLastName: text,
    teamId: text,
    teamName: text,
    speakerMap: entriesOf(isName),
    numberOfComments: lenient(v.pipe(finiteNumber, v.minValue(0))),
    unreadComments: entriesOf(isCount),
    evaluationScore: numeric,
    /** A person, not Siro, chose the current outcome. */
    manuallyEdited: lenient(v.boolean()),
    evaluation: evaluationField,
    jumpToTags: v.optional(
      v.pipe(
        v.unknown(),
        v.transform((input) => (input == null ? null : parseItems(momentSchema, input))),
      ),
    ),
    ...(Object.fromEntries(TALK_METRIC_FIELDS.map((field) => [field, numeric])) as Record<TalkMetricField, typeof numeric>),
  }),
  v.transform(({ evaluation, ...document }) => ({
    ...document,
    evaluation: evaluation?.evaluation ?? null,
    evaluationUnreadable: evaluation?.unreadable ?? false,
  })),
);
export type RecordingDocument = v.InferOutput<typeof recordingDocumentSchema>;

/** The document of `id` in the answer, null when Siro sent none for it; items that are not documents are ignored. */
export function pickRecordingDocument(body: unknown, id: string): RecordingDocument | null {
  const data = isRecord(body) ? body.data : undefined;
  if (!Array.isArray(data)) return null;
  for (const entry of data) {
    if (!isRecord(entry) || entry.id !== id) continue;
    const result = v.safeParse(recordingDocumentSchema, entry);
    if (result.success) return result.output;
  }
  return null;
}
