import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { parseSummarySections } from '@/features/conversation/api/summary-sections-schema';
import { firstScreenResponseSchema } from '@/features/recordings/api/recording-schema';
import { mutated, recording, type Json } from '@/testing/arbitraries';

import { readFirstScreen, readSummarySections } from './read-answers';

// The early paint reads the answers without the app's schemas; what it reads must be what the
// app reads, value for value, or the page changes when React takes over.

/** As JSON: UNREADABLE says so (it is no plain object to compare), and a missing value is no key. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const bySchema = (body: unknown) => {
  const parsed = v.safeParse(firstScreenResponseSchema, body);
  return parsed.success ? parsed.output.data : null;
};

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 5 });
const sections = fc.record({
  data: fc.array(
    fc.record(
      {
        id: nullable(fc.oneof(fc.uuid(), fc.integer())),
        promptHeader: nullable(fc.string({ maxLength: 20 })),
        promptResponse: nullable(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('- a\n- b', '  ', 'Text.'))),
        summaryResultIndex: nullable(fc.integer({ min: -1, max: 4 })),
        quotes: nullable(
          fc.array(
            fc.record(
              {
                quote: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(' ', ' said it ', 'We bought it in 2009')),
                startTimeInMillis: fc.oneof(fc.constantFrom(0, -0, -1, 2.5), fc.integer({ min: -5, max: 90_000 }), fc.double()),
                endTimeInMillis: nullable(fc.integer()),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 4 },
  ),
}) as fc.Arbitrary<Json>;

describe('readFirstScreen', () => {
  it('reads what firstScreenResponseSchema reads, from sound and broken answers', () => {
    fc.assert(
      fc.property(mutated(fc.record({ data: recording }) as fc.Arbitrary<Json>), (body) => {
        expect(asJson(readFirstScreen(body))).toEqual(asJson(bySchema(body)));
      }),
      { numRuns: 600 },
    );
  });

  it.each([
    ['not an object', 'text'],
    ['no data', { recording: { id: 'r1' } }],
    ['a recording without an id', { data: { title: 'Roof' } }],
    ['an empty id', { data: { id: '' } }],
    ['a list for data', { data: [{ id: 'r1' }] }],
  ])('reads nothing from %s, as the schema', (_name, body) => {
    expect(readFirstScreen(body)).toBeNull();
    expect(bySchema(body)).toBeNull();
  });
});

describe('readSummarySections', () => {
  it('reads what parseSummarySections reads, from sound and broken answers', () => {
    fc.assert(
      fc.property(mutated(sections), (body) => {
        expect(asJson(readSummarySections(body))).toEqual(asJson(parseSummarySections(body)));
      }),
      { numRuns: 600 },
    );
  });
});
