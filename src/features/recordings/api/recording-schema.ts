import * as v from 'valibot';

import { finiteNumber, lenient, parseItems, type List } from '@/lib/lenient';

import { Unreadable, UNREADABLE } from './unreadable';

export { Unreadable, UNREADABLE };

// Only the id makes a recording: everything else, the fields Siro promises included, may be
// missing, null, malformed, or carry an enum value newer than this code. Each field therefore
// falls back on its own (to `undefined`, or `deleted` to false), list items are checked one by
// one, and enums stay plain text.

const text = lenient(v.string());
const numeric = lenient(finiteNumber);
const flag = lenient(v.boolean());
const date = lenient(
  v.pipe(
    v.string(),
    v.check((value) => !Number.isNaN(Date.parse(value))),
  ),
);
const plainObject = v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input));

function list<TSchema extends v.GenericSchema>(item: TSchema) {
  return v.optional(listOf(item));
}

function listOf<TSchema extends v.GenericSchema>(item: TSchema) {
  return v.pipe(
    v.unknown(),
    v.transform((input): List<v.InferOutput<TSchema>> | null | undefined => {
      if (input == null) return input;
      if (!Array.isArray(input)) return { items: [], skipped: 1 };
      return parseItems(item, input);
    }),
  );
}

/** Optional and nullable, and UNREADABLE when it came in a shape this code cannot read. */
function readable<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(
    v.pipe(
      v.unknown(),
      v.transform((input): v.InferOutput<TSchema> | Unreadable | null => {
        if (input === null) return null;
        const result = v.safeParse(schema, input);
        return result.success ? result.output : UNREADABLE;
      }),
    ),
  );
}

/** valibot's object() accepts arrays: an object here must be a plain one. */
function record<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.pipe(plainObject, schema as v.GenericSchema<Record<string, unknown>, v.InferOutput<TSchema>>);
}

const mappingSchema = v.object({ crmModelName: v.string(), crmFieldName: v.string() });

const addressSchema = v.object({ street: text, city: text, state: text, zip: text, country: text });

export const crmCustomerSchema = v.object({
  id: text,
  name: text,
  crmUrl: text,
  customerType: text,
  matchingSource: text,
  emailAddress: text,
  phoneNumber: text,
  externalId: text,
  address: text,
  amount: numeric,
  disposition: text,
  createdAt: date,
  updatedAt: date,
  lastActivityAt: date,
  integrationName: text,
  integrationPlatform: text,
});

export const opportunitySchema = v.object({
  opportunityExternalId: text,
  name: text,
  accountName: text,
  accountExternalId: text,
  disposition: text,
  amount: numeric,
  closedAt: date,
  integrationName: text,
  integrationPlatform: text,
  addresses: list(addressSchema),
});

type Scalar = string | number | boolean | null;
export type ExtractionValue = Scalar | Scalar[];

/** Values come in every kind (text, list, number, boolean, empty); anything stranger is shown as JSON text. */
const extractionValue = v.pipe(
  v.unknown(),
  v.transform((input): ExtractionValue => {
    if (input === undefined || input === null) return null;
    if (Array.isArray(input)) return input.map(toScalar);
    return toScalar(input);
  }),
);

function toScalar(input: unknown): Scalar {
  if (input === null || input === undefined) return null;
  if (typeof input === 'string' || typeof input === 'boolean') return input;
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  return JSON.stringify(input) ?? null;
}

// A value without a name is still a value: the panel shows it under the definition's name.
const extractionItemSchema = record(
  v.object({
    name: text,
    value: v.optional(extractionValue, null),
    mappings: list(mappingSchema),
  }),
);

// The id only keys the row: an extraction without one still has a name and values to show.
export const entityExtractionSchema = record(
  v.object({
    id: text,
    siroEntityDefinitionName: text,
    siroEntityDefinitionDeleted: flag,
    status: text,
    extraction: list(extractionItemSchema),
    mappings: list(mappingSchema),
    updatedAt: date,
  }),
);

const followupHistorySchema = v.object({
  id: text,
  updatedBy: text,
  createdAt: date,
  note: text,
  status: text,
});

export const followupSchema = v.object({
  followupId: text,
  recordingId: text,
  updatedAt: date,
  starred: flag,
  followupType: text,
  score: numeric,
  status: text,
  followupAction: text,
  repName: text,
  teamName: text,
  dateCreated: date,
  note: text,
  context: list(v.object({ header: v.string(), value: v.string() })),
  history: list(followupHistorySchema),
  /** Deprecated by Siro, but still the only link from a follow-up to its customer. */
  crmUrl: text,
});

export const recordingSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  dateCreated: date,
  deleted: v.fallback(v.optional(v.boolean(), false), false),
  title: text,
  transcriptionStatus: text,
  processingStatus: text,
  processingStage: text,
  organizationId: text,
  teamId: text,
  userId: text,
  durationInMilliseconds: numeric,
  conversationType: text,
  transcriptionLanguage: text,
  universalOutcomeLabel: text,
  // The sections a panel shows whole: malformed reads as unreadable there, not as empty.
  summary: readable(v.string()),
  crmCustomer: readable(record(crmCustomerSchema)),
  crmOpportunities: list(opportunitySchema),
  entityExtractions: list(entityExtractionSchema),
  evaluationScore: readable(finiteNumber),
  followups: list(followupSchema),
});

export const recordingResponseSchema = v.object({ data: recordingSchema });

/**
 * What the first screen (the header and the summary) shows: the boot script reads this much of
 * the answer before the app has loaded, and draws the same components with it.
 */
export const firstScreenResponseSchema = v.object({
  data: v.pick(recordingSchema, [
    'id',
    'dateCreated',
    'deleted',
    'title',
    'transcriptionStatus',
    'processingStatus',
    'durationInMilliseconds',
    'conversationType',
    'transcriptionLanguage',
    'universalOutcomeLabel',
    'summary',
    'crmCustomer',
    'crmOpportunities',
    'evaluationScore',
  ]),
});
export type FirstScreenRecording = v.InferOutput<typeof firstScreenResponseSchema>['data'];

export type Recording = v.InferOutput<typeof recordingSchema>;
export type CrmCustomer = v.InferOutput<typeof crmCustomerSchema>;
export type Opportunity = v.InferOutput<typeof opportunitySchema>;
export type EntityExtraction = v.InferOutput<typeof entityExtractionSchema>;
export type ExtractionItem = v.InferOutput<typeof extractionItemSchema>;
export type CrmMapping = v.InferOutput<typeof mappingSchema>;
export type Address = v.InferOutput<typeof addressSchema>;
export type Followup = v.InferOutput<typeof followupSchema>;
