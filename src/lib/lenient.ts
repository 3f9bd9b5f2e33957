import * as v from 'valibot';

// Schema helpers for Siro's answers. Siro documents most fields as required, yet they turn up
// missing, null or malformed: every field falls back on its own and list items are checked one
// by one, so one bad value never costs the rest of the answer.

/** Optional, nullable, and `undefined` when malformed. */
export function lenient<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(v.fallback(v.nullable(schema), undefined));
}

export const finiteNumber = v.pipe(v.number(), v.finite());

/** A list whose malformed items are skipped and counted, so the rest still renders. */
export type List<T> = { items: T[]; skipped: number };

/** The items that parse, and how many did not. Anything but an array is no items (one skipped, unless null). */
export function parseItems<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): List<v.InferOutput<TSchema>> {
  const items: v.InferOutput<TSchema>[] = [];
  if (!Array.isArray(input)) return { items, skipped: input == null ? 0 : 1 };
  for (const entry of input) {
    const result = v.safeParse(schema, entry);
    if (result.success) items.push(result.output);
  }
  return { items, skipped: input.length - items.length };
}
