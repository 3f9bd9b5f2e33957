import * as v from 'valibot';

// Siro documents these fields as required, yet its recording fields turned out to be missing
// or null at times: every field falls back on its own and list items are checked one by one.

/** Optional, nullable, and `undefined` when malformed. */
export function lenient<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(v.fallback(v.nullable(schema), undefined));
}

export const finiteNumber = v.pipe(v.number(), v.finite());

/** The items that parse, and how many did not. Anything but an array is no items. */
export function parseItems<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown) {
  const items: v.InferOutput<TSchema>[] = [];
  if (!Array.isArray(input)) return { items, skipped: input == null ? 0 : 1 };
  for (const entry of input) {
    const result = v.safeParse(schema, entry);
    if (result.success) items.push(result.output);
  }
  return { items, skipped: input.length - items.length };
}
