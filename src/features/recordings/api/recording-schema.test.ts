import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { rawCustomer, rawExtraction, rawOpportunity } from '@/testing/recording-fixtures';

import { recordingSchema, UNREADABLE } from './recording-schema';

const required = { id: 'rec-1', dateCreated: '2024-05-14T15:30:00Z', deleted: false };
const parse = (raw: Record<string, unknown>) => v.safeParse(recordingSchema, { ...required, ...raw });
const output = (raw: Record<string, unknown>) => {
  const result = parse(raw);
  if (!result.success) throw new Error(result.issues.map((issue) => issue.message).join('; '));
  return result.output;
};

const optionalFields = [
  'title',
  'transcriptionStatus',
  'processingStatus',
  'processingStage',
  'organizationId',
  'teamId',
  'userId',
  'durationInMilliseconds',
  'conversationType',
  'transcriptionLanguage',
  'universalOutcomeLabel',
  'summary',
  'crmCustomer',
  'crmOpportunities',
  'entityExtractions',
];

describe('recordingSchema', () => {
  it.each([undefined, null, 42, ''])('fails only without a readable id (%j)', (id) => {
    expect(v.safeParse(recordingSchema, { ...required, id }).success).toBe(false);
  });

  it('reads a recording with nothing but its id: no date known, not deleted', () => {
    expect(v.parse(recordingSchema, { id: 'rec-1' })).toEqual({ id: 'rec-1', dateCreated: undefined, deleted: false });
  });

  it.each([
    ['a date that is not one', { dateCreated: 'yesterday' }, { dateCreated: undefined, deleted: false }],
    ['a null date and a null deleted', { dateCreated: null, deleted: null }, { dateCreated: null, deleted: false }],
    ['a deleted that is not a boolean', { deleted: 'yes' }, { dateCreated: required.dateCreated, deleted: false }],
    ['a deleted recording', { deleted: true }, { dateCreated: required.dateCreated, deleted: true }],
  ])('degrades field by field with %s', (_name, raw, expected) => {
    expect(output(raw)).toMatchObject(expected);
  });

  it('accepts every other field as null', () => {
    const result = parse(Object.fromEntries(optionalFields.map((field) => [field, null])));
    expect(result.success).toBe(true);
  });

  it('accepts scalar fields and crmCustomer missing while the lists are present', () => {
    const recording = output({ crmOpportunities: [], entityExtractions: [] });
    expect(recording.id).toBe('rec-1');
    expect(recording.title).toBeUndefined();
  });

  it('accepts only id, dateCreated and deleted', () => {
    expect(output({})).toEqual(required);
  });

  it('keeps unknown enum values as text', () => {
    const recording = output({
      transcriptionStatus: 'QUANTUM_TRANSCRIBING',
      universalOutcomeLabel: 'MAYBE',
      crmOpportunities: null,
      entityExtractions: null,
    });
    expect(recording).toMatchObject({ transcriptionStatus: 'QUANTUM_TRANSCRIBING', universalOutcomeLabel: 'MAYBE' });
  });

  it('drops a wrong-typed field to undefined and keeps the rest', () => {
    const recording = output({
      durationInMilliseconds: 'ninety',
      title: 42,
      summary: 'Kept',
      crmOpportunities: [rawOpportunity({ closedAt: 'not a date', amount: '12k', name: 'Roof' })],
      entityExtractions: null,
    });
    expect(recording.durationInMilliseconds).toBeUndefined();
    expect(recording.title).toBeUndefined();
    expect(recording.summary).toBe('Kept');
    const [opportunity] = recording.crmOpportunities!.items;
    expect(opportunity).toMatchObject({ name: 'Roof', closedAt: undefined, amount: undefined });
  });

  it('skips and counts malformed list items', () => {
    const recording = output({
      crmOpportunities: [rawOpportunity(), 'junk', null, rawOpportunity({ addresses: [{ city: 'Austin' }, 7] })],
      entityExtractions: [rawExtraction(), 'junk', ['an', 'array']],
    });
    expect(recording.crmOpportunities).toMatchObject({
      skipped: 2,
      items: [{}, { addresses: { items: [{ city: 'Austin' }], skipped: 1 } }],
    });
    expect(recording.entityExtractions).toMatchObject({ skipped: 2, items: [{ id: 'ext-1' }] });
  });

  it('keeps an extraction without an id: the id only keys its row', () => {
    const withoutId = rawExtraction({ siroEntityDefinitionName: 'No id' });
    delete withoutId.id;
    const recording = output({ entityExtractions: [rawExtraction({ id: null, siroEntityDefinitionName: 'Null id' }), withoutId] });
    expect(recording.entityExtractions).toMatchObject({
      skipped: 0,
      items: [{ id: null, siroEntityDefinitionName: 'Null id' }, { siroEntityDefinitionName: 'No id' }],
    });
    expect(recording.entityExtractions?.items[1]?.id).toBeUndefined();
  });

  it('keeps an extraction value without a name, and counts the items that are not values at all', () => {
    const extraction = [{ name: null, value: 'Price' }, { value: 'Timing' }, 'loose text', ['x'], 7];
    const recording = output({ entityExtractions: [rawExtraction({ extraction })] });
    expect(recording.entityExtractions?.items[0]?.extraction).toEqual({
      items: [
        { name: null, value: 'Price' },
        { name: undefined, value: 'Timing' },
      ],
      skipped: 3,
    });
  });

  it('reads a list that is not an array as one skipped item', () => {
    const recording = output({ crmOpportunities: { name: 'not a list' }, entityExtractions: 'nope' });
    expect(recording.crmOpportunities).toEqual({ items: [], skipped: 1 });
    expect(recording.entityExtractions).toEqual({ items: [], skipped: 1 });
  });

  it('accepts addresses: null and extraction: null', () => {
    const recording = output({
      crmOpportunities: [rawOpportunity({ addresses: null })],
      entityExtractions: [rawExtraction({ extraction: null })],
    });
    expect(recording.crmOpportunities?.items[0]?.addresses).toBeNull();
    expect(recording.entityExtractions?.items[0]?.extraction).toBeNull();
  });

  it('reads extraction values of every kind', () => {
    const values = ['Price', ['a', 'b'], 3.5, false, null, ['x', 2, true, null, { deep: 1 }], { a: 1 }];
    const recording = output({
      crmOpportunities: null,
      entityExtractions: [rawExtraction({ extraction: values.map((value, index) => ({ name: `v${index}`, value, mappings: null })) })],
    });
    expect(recording.entityExtractions?.items[0]?.extraction?.items.map((item) => item.value)).toEqual([
      'Price',
      ['a', 'b'],
      3.5,
      false,
      null,
      ['x', 2, true, null, '{"deep":1}'],
      '{"a":1}',
    ]);
  });

  it.each([42, ['a list'], { text: 'an object' }])('marks a summary of %j as unreadable', (summary) => {
    expect(output({ summary }).summary).toBe(UNREADABLE);
  });

  it.each(['B+', '88', Number.NaN, { value: 88 }])('marks an evaluationScore of %j as unreadable', (evaluationScore) => {
    expect(output({ evaluationScore }).evaluationScore).toBe(UNREADABLE);
  });

  it('keeps null, missing and readable sections apart from unreadable ones', () => {
    const recording = output({ summary: null, evaluationScore: 0, crmCustomer: rawCustomer() });
    expect(recording.summary).toBeNull();
    expect(recording.evaluationScore).toBe(0);
    expect(recording.crmCustomer).toMatchObject({ name: 'Dana Whitfield' });
    expect(output({}).summary).toBeUndefined();
  });

  it('keeps a summary that reads "unreadable" as text', () => {
    expect(output({ summary: 'unreadable' }).summary).toBe('unreadable');
  });

  it('writes an unreadable section as "unreadable" in JSON', () => {
    expect(JSON.parse(JSON.stringify(output({ summary: 42, crmCustomer: [] })))).toMatchObject({
      summary: 'unreadable',
      crmCustomer: 'unreadable',
    });
  });

  it.each(['a string', 42, true])('marks a crmCustomer of %j as unreadable', (crmCustomer) => {
    expect(output({ crmCustomer, crmOpportunities: null, entityExtractions: null }).crmCustomer).toBe(UNREADABLE);
  });

  it('marks a crmCustomer array as unreadable', () => {
    expect(output({ crmCustomer: ['list'], crmOpportunities: null, entityExtractions: null }).crmCustomer).toBe(UNREADABLE);
  });
});
