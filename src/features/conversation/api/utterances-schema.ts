import * as v from 'valibot';

import { finiteNumber, lenient, parseItems } from '@/lib/lenient';

/** A speaker tag is a string in Siro's reference; a number is read as the same tag. */
const tag = v.pipe(
  v.union([v.string(), finiteNumber]),
  v.transform((value) => String(value)),
);

/** One line; without a start time it cannot be placed or played, so it is skipped. */
const utteranceSchema = v.pipe(
  v.object({
    utterance: lenient(v.string()),
    startTimeInMillis: v.pipe(finiteNumber, v.minValue(0)),
    endTimeInMillis: lenient(finiteNumber),
    speakerTag: lenient(tag),
    redacted: lenient(v.boolean()),
    confidence: lenient(finiteNumber),
  }),
  v.transform((raw) => ({
    text: raw.utterance ?? '',
    startMs: raw.startTimeInMillis,
    endMs: raw.endTimeInMillis ?? undefined,
    speakerTag: raw.speakerTag ?? '',
    redacted: raw.redacted === true,
    confidence: raw.confidence ?? undefined,
  })),
);

export type Utterance = v.InferOutput<typeof utteranceSchema>;

const speakerMapSchema = v.pipe(
  v.unknown(),
  v.transform((input): Record<string, string> => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return {};
    return Object.fromEntries(
      Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''),
    );
  }),
);

/** The next-page cursor as a number when it reads as one; null when Siro says there is none. */
const cursorSchema = v.pipe(
  v.unknown(),
  v.transform((input): number | null | undefined => {
    if (input === null) return null;
    const value = typeof input === 'string' && input.trim() !== '' ? Number(input) : input;
    return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
  }),
);

export const utterancesResponseSchema = v.pipe(
  v.object({
    data: v.object({
      utterances: v.unknown(),
      speakerMap: v.optional(speakerMapSchema, {}),
      isLowDataMode: lenient(v.boolean()),
    }),
    cursor: v.optional(cursorSchema),
  }),
  v.transform(({ data, cursor }) => ({
    ...parseItems(utteranceSchema, data.utterances),
    speakerMap: data.speakerMap,
    cursor,
  })),
);

export type UtterancePage = v.InferOutput<typeof utterancesResponseSchema>;
