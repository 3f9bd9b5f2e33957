import fc from 'fast-check';

// API-shaped recording payloads for property tests: realistic values for every field the schema
// reads (sections, optional and null fields, enum values newer than the code), then broken the
// ways a proxy, an integration or a malicious CRM record can break them.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What attackers, broken integrations and real multilingual CRMs put in text fields. */
export const HOSTILE_STRINGS: readonly string[] = [
  'A'.repeat(10_000),
  'word '.repeat(2_000),
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(document.domain)',
  ' \tJaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/path',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  'مرحبا، هذا سقف جديد بسعر ١٨٬٤٥٠ دولار',
  'שלום, הגג הזה צריך החלפה מלאה',
  'invoice\u202Eexe.pdf\u202C',
  '👩‍👩‍👧‍👦 🏳️‍🌈 👨🏽‍🔧 🇺🇸 ❤️‍🔥',
  'Z̵̡̢̛̗̘̙̜̝̞̟̠̊̋̌̍̎̏̐̑̒̓̔a̷̡̛̗̘̙̜̝̞̟̠̽̾̿̀́͂̓̈́l̶̢̛̗̘̙̜̝̞̟̠͆͊͋͌g̸̡̛̗̘̙̜̝̞̟̠̍̎̏̐o',
  '\uFEFF\u200B\u200D',
  '\u0000\u0007\u001b[31m',
  '\uD800',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '',
  '   ',
  '\n\n\n',
  '2024-02-30T25:61:00Z',
  'yesterday',
  '=HYPERLINK("https://evil.example")',
  '@SUM(1+1)',
  'in-progress',
  'NOT_FOUND',
  'FAIL',
];

const hostileString = fc.constantFrom(...HOSTILE_STRINGS);

/** Any JSON value where a particular one was expected: wrong types, huge numbers, deep nesting. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53 + 2, 5e-324, 0.1 + 0.2, {}, [], [[[[[[]]]]]]),
  fc.constant<Json>(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as Json),
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null, freq: 6 });
const text = (maxLength = 40) => fc.string({ unit: 'grapheme', maxLength });
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
/** A documented value, or one newer than this code. */
const enumOf = (...known: string[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, fc.stringMatching(/^[A-Z][A-Z_]{0,20}$/));
const money = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
/** Everything optional except what Siro promises. */
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T, required: (keyof T & string)[] = []) =>
  fc.record(model, { requiredKeys: required });
/** A list; a top-level one is now and then long enough (over 50) for the long-list rendering. */
const list = <T>(item: fc.Arbitrary<T>, canBeLong = false) =>
  nullable(
    canBeLong
      ? fc.oneof({ weight: 40, arbitrary: fc.array(item, { maxLength: 4 }) }, fc.array(item, { minLength: 51, maxLength: 53 }))
      : fc.array(item, { maxLength: 3 }),
  );

const mapping = fc.record({ crmModelName: text(20), crmFieldName: text(30) });
const address = partial({
  street: nullable(text()),
  city: nullable(text()),
  state: nullable(text(3)),
  zip: nullable(text(10)),
  country: nullable(text()),
});

const crmCustomer = partial({
  id: nullable(fc.uuid()),
  name: nullable(text()),
  crmUrl: nullable(fc.oneof(fc.webUrl(), hostileString)),
  customerType: nullable(enumOf('ACCOUNT', 'LEAD', 'OPPORTUNITY', 'ENGAGEMENT', 'CONTACT', 'DMS_OPPORTUNITY')),
  matchingSource: nullable(enumOf('DIRECT', 'FUZZY', 'NOT_FOUND')),
  emailAddress: nullable(fc.oneof(fc.emailAddress(), text())),
  phoneNumber: nullable(fc.oneof(fc.stringMatching(/^\+?[0-9 ()-]{7,16}$/), text())),
  externalId: nullable(text(20)),
  address: nullable(text(80)),
  amount: nullable(money),
  disposition: nullable(text(20)),
  createdAt: nullable(isoDate),
  updatedAt: nullable(isoDate),
  lastActivityAt: nullable(isoDate),
  integrationName: nullable(text(20)),
  integrationPlatform: nullable(enumOf('SALESFORCE', 'HUBSPOT', 'MERGE', 'ZAPIER')),
});

const opportunity = partial({
  opportunityExternalId: nullable(text(20)),
  name: nullable(text()),
  accountName: nullable(text()),
  accountExternalId: nullable(text(20)),
  disposition: nullable(text(20)),
  amount: nullable(money),
  closedAt: nullable(isoDate),
  integrationName: nullable(text(20)),
  integrationPlatform: nullable(enumOf('SALESFORCE', 'HUBSPOT')),
  addresses: list(address),
});

const scalar = fc.oneof(text(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const extractionItem = partial(
  { name: text(30), value: fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), mappings: list(mapping) },
  ['name'],
);

const entityExtraction = partial(
  {
    id: fc.uuid(),
    siroEntityDefinitionName: nullable(text(30)),
    siroEntityDefinitionDeleted: nullable(fc.boolean()),
    status: nullable(enumOf('IN_PROGRESS', 'SUCCESS', 'FAIL', 'SYNCED')),
    extraction: list(extractionItem),
    mappings: list(mapping),
    updatedAt: nullable(isoDate),
  },
  ['id'],
);

const followup = partial({
  followupId: nullable(fc.uuid()),
  followupType: nullable(enumOf('REHASH', 'CROSS_SELL')),
  score: nullable(fc.integer({ min: 0, max: 5 })),
  status: nullable(enumOf('TO_DO', 'IN_PROGRESS', 'COMPLETE')),
  followupAction: nullable(text(80)),
  repName: nullable(text()),
  teamName: nullable(text()),
  dateCreated: nullable(isoDate),
  note: nullable(text(80)),
  context: list(fc.record({ header: fc.oneof(enumOf('MAIN_OBJECTION', 'NEXT_STEP'), text()), value: text(80) })),
  history: list(
    partial({
      id: nullable(text(10)),
      updatedBy: nullable(text()),
      createdAt: nullable(isoDate),
      note: nullable(text()),
      status: nullable(enumOf('TO_DO', 'COMPLETE')),
    }),
  ),
});

/** A recording as Siro's detail endpoint documents it. */
export const recording = partial(
  {
    id: fc.oneof(
      fc.uuid(),
      text(30).filter((id) => id.length > 0),
    ),
    dateCreated: fc.oneof({ weight: 6, arbitrary: isoDate }, text(20)),
    deleted: fc.boolean(),
    title: nullable(text(80)),
    transcriptionStatus: nullable(enumOf('RECORDING', 'UPLOADING', 'TRANSCRIBING', 'COMPLETE', 'ERROR', 'REMOVED')),
    processingStatus: nullable(fc.constantFrom('in-progress', 'complete', 'error', 'paused')),
    processingStage: nullable(text(20)),
    organizationId: nullable(fc.uuid()),
    teamId: nullable(fc.uuid()),
    userId: nullable(fc.uuid()),
    durationInMilliseconds: nullable(
      fc.oneof(fc.integer({ min: 0, max: 36_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
    ),
    conversationType: nullable(text(30)),
    transcriptionLanguage: nullable(text(20)),
    universalOutcomeLabel: nullable(enumOf('POSITIVE', 'NEGATIVE', 'NEUTRAL')),
    summary: nullable(text(400)),
    crmCustomer: nullable(crmCustomer),
    crmOpportunities: list(opportunity, true),
    entityExtractions: list(entityExtraction, true),
    evaluationScore: nullable(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }))),
    followups: list(followup, true),
  },
  ['id', 'dateCreated', 'deleted'],
) as fc.Arbitrary<Json>;

type Mutation = { at: number; op: 'drop' | 'replace' | 'wrap' | 'stringify' | 'unwrap'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('drop', 'replace', 'replace', 'wrap', 'stringify', 'unwrap'),
  value: hostileValue,
});

/** `base`, then up to `max` nodes anywhere in it dropped, replaced, wrapped in a list, turned into text or unwrapped. */
export function mutated(base: fc.Arbitrary<Json>, max = 6): fc.Arbitrary<Json> {
  return fc
    .tuple(base, fc.array(mutation, { maxLength: max }))
    .map(([value, mutations]) => mutations.reduce(applyMutation, JSON.parse(JSON.stringify(value)) as Json));
}

type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number };

function slots(value: Json, out: Slot[] = []): Slot[] {
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    out.push({ parent: value, key });
    slots(item, out);
  }
  return out;
}

function applyMutation(root: Json, { at, op, value }: Mutation): Json {
  const all = slots(root);
  if (all.length === 0) return root;
  const { parent, key } = all[at % all.length]!;
  const current = (parent as Record<string | number, Json>)[key] ?? null;
  if (op === 'drop') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    return root;
  }
  // A copy: generated constants are shared between cases, and a node must not appear twice.
  const next =
    op === 'replace'
      ? (JSON.parse(JSON.stringify(value)) as Json)
      : op === 'wrap'
        ? [current]
        : op === 'stringify'
          ? JSON.stringify(current)
          : Array.isArray(current)
            ? (current[0] ?? {})
            : current;
  // defineProperty, so a key named "__proto__" stays a key instead of setting a prototype.
  Object.defineProperty(parent, key, { value: next, enumerable: true, configurable: true, writable: true });
  return root;
}

/** A whole answer of the detail endpoint: mostly a 200 with a (broken) envelope, sometimes not JSON or not 200. */
export const apiAnswer = fc.record({
  status: fc.oneof({ weight: 15, arbitrary: fc.constant(200) }, fc.constantFrom(400, 401, 403, 404, 408, 422, 429, 500, 502, 504)),
  body: fc.oneof(
    {
      weight: 15,
      arbitrary: mutated(fc.record({ data: recording, cursor: fc.constant(null) }) as fc.Arbitrary<Json>).map((json) =>
        JSON.stringify(json),
      ),
    },
    hostileString,
  ),
  contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/html', 'text/plain'),
});

export type ApiAnswer = typeof apiAnswer extends fc.Arbitrary<infer T> ? T : never;
