import { describe, expect, it } from 'vitest';

import { buildRecording, rawExtraction, rawFollowup, RECORDING_ID } from '@/testing/recording-fixtures';

import { exportFileName, extractionsToCsv, recordingToJson } from './export';

const ID_PREFIX = RECORDING_ID.slice(0, 8);
const HEADER = ['Extraction', 'Field', 'Value', 'CRM field', 'Status'];

/** A strict RFC 4180 reader, so tests check cells rather than the quoting around them. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (char === '"' || char === '\r' || char === '\n') throw new Error(`Unquoted ${JSON.stringify(char)} at ${i}`);
    else cell += char;
  }
  if (quoted) throw new Error('Unterminated quoted cell');
  if (cell !== '' || row.length > 0) throw new Error('Last row does not end with CRLF');
  return rows;
}

const csvOf = (entityExtractions: unknown) => extractionsToCsv(buildRecording({ entityExtractions }));
const rowsOf = (entityExtractions: unknown) => parseCsv(csvOf(entityExtractions));
const item = (name: string, value: unknown, mappings: unknown = []) => ({ name, value, mappings });
const opportunity = (field: string) => ({ crmModelName: 'Opportunity', crmFieldName: field });

describe('exportFileName', () => {
  it('is the title as a slug, then the start of the ID', () => {
    const recording = buildRecording({ title: 'Kitchen visit with Dana' });
    expect(exportFileName(recording, 'csv')).toBe(`kitchen-visit-with-dana-${ID_PREFIX}.csv`);
    expect(exportFileName(recording, 'json')).toBe(`kitchen-visit-with-dana-${ID_PREFIX}.json`);
  });

  it('turns dashes, punctuation and runs of spaces into single hyphens', () => {
    const recording = buildRecording({ title: '  Whitaker – roof   replacement, consultation!  ' });
    expect(exportFileName(recording, 'csv')).toBe(`whitaker-roof-replacement-consultation-${ID_PREFIX}.csv`);
  });

  it.each([null, undefined, '', '   ', '–––', '見積もりの訪問'])('is recording-<id> for the title %j', (title) => {
    expect(exportFileName(buildRecording({ title }), 'json')).toBe(`recording-${ID_PREFIX}.json`);
  });

  it('strips accents', () => {
    const recording = buildRecording({ title: 'Café à São Paulo: Ñandú Élan' });
    expect(exportFileName(recording, 'csv')).toBe(`cafe-a-sao-paulo-nandu-elan-${ID_PREFIX}.csv`);
  });

  it('leaves nothing a file system or shell could misread', () => {
    const title = '../../etc/passwd <script>"x"|:*?\\%00\u0000\u202e\n$(rm -rf)`id`';
    const name = exportFileName(buildRecording({ title, id: '../..\\evil id;rm' }), 'csv');
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.csv$/);
    expect(name).toBe('etc-passwd-script-x-00-rm-rf-id-evilidrm.csv');
  });

  it('keeps a long title to 60 characters', () => {
    const name = exportFileName(buildRecording({ title: 'Roofing '.repeat(3) + 'x'.repeat(100) }), 'csv');
    expect(name).toBe(`roofing-roofing-roofing-${'x'.repeat(60 - 24)}-${ID_PREFIX}.csv`);
  });

  it('falls back to "recording" when the ID has nothing usable', () => {
    expect(exportFileName(buildRecording({ title: 'Visit', id: '///' }), 'json')).toBe('visit-recording.json');
  });
});

describe('extractionsToCsv', () => {
  it('starts with a header row and ends every row with CRLF', () => {
    const csv = csvOf([rawExtraction()]);
    expect(csv.startsWith('Extraction,Field,Value,CRM field,Status\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)[0]).toEqual(HEADER);
  });

  it('is the header alone when there are no extractions', () => {
    expect(rowsOf([])).toEqual([HEADER]);
    expect(rowsOf(null)).toEqual([HEADER]);
    expect(extractionsToCsv(buildRecording({ entityExtractions: undefined }))).toBe('Extraction,Field,Value,CRM field,Status\r\n');
  });

  it('writes one row per value, with the CRM field it writes to', () => {
    const rows = rowsOf([
      rawExtraction(),
      rawExtraction({
        id: 'ext-2',
        siroEntityDefinitionName: 'Roof details',
        status: 'SYNCED',
        extraction: [item('Pitch', '8/12', [opportunity('Roof_Pitch__c')]), item('Layers', 1, [opportunity('Existing_Layers__c')])],
        mappings: [opportunity('Roof_Pitch__c'), opportunity('Existing_Layers__c')],
      }),
    ]);
    expect(rows).toEqual([
      HEADER,
      ['Objection reason', 'Objection reason', 'Price', 'Opportunity.Objection_Reason__c', 'SUCCESS'],
      ['Roof details', 'Pitch', '8/12', 'Opportunity.Roof_Pitch__c', 'SYNCED'],
      ['Roof details', 'Layers', '1', 'Opportunity.Existing_Layers__c', 'SYNCED'],
    ]);
  });

  it("uses a value's own mappings, joins several with '; ', and a lone value inherits the extraction's", () => {
    const rows = rowsOf([
      rawExtraction({
        extraction: [item('Own', 'a', [opportunity('Install_Date__c'), { crmModelName: 'Event', crmFieldName: 'ActivityDate' }])],
        mappings: null,
      }),
      rawExtraction({ extraction: [item('Inherited, empty list', 'b', [])], mappings: [opportunity('Notes__c')] }),
      rawExtraction({ extraction: [item('Inherited, null', 'c', null)], mappings: [opportunity('Notes__c')] }),
    ]);
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      'Opportunity.Install_Date__c; Event.ActivityDate',
      'Opportunity.Notes__c',
      'Opportunity.Notes__c',
    ]);
  });

  it("leaves a sub-item without mappings empty rather than writing its siblings' fields", () => {
    const rows = rowsOf([
      rawExtraction({
        siroEntityDefinitionName: null,
        extraction: [
          item('Callbacks', 0, [{ crmModelName: 'Job', crmFieldName: 'Callbacks' }]),
          item('Filter size', '16x25x1', null),
          item('Thermostat replaced', false, []),
        ],
        mappings: [{ crmModelName: 'Job', crmFieldName: 'Callbacks' }],
      }),
    ]);
    expect(rows.slice(1).map((row) => [row[1], row[3]])).toEqual([
      ['Callbacks', 'Job.Callbacks'],
      ['Filter size', ''],
      ['Thermostat replaced', ''],
    ]);
  });

  it("keeps the extraction's fields that no value claims on a row of their own", () => {
    const rows = rowsOf([
      rawExtraction({
        extraction: [item('Pitch', '8/12', [opportunity('Roof_Pitch__c')]), item('Layers', 1, null)],
        mappings: [opportunity('Roof_Pitch__c'), { crmModelName: 'Account', crmFieldName: 'Notes__c' }],
      }),
    ]);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[3]])).toEqual([
      ['Pitch', '8/12', 'Opportunity.Roof_Pitch__c'],
      ['Layers', '1', ''],
      ['', '', 'Account.Notes__c'],
    ]);
  });

  it('leaves the CRM field empty when nothing maps', () => {
    expect(rowsOf([rawExtraction({ mappings: null })])[1]?.[3]).toBe('');
  });

  it("joins list values with '; ' and writes booleans, numbers and empty values as text", () => {
    const rows = rowsOf([
      rawExtraction({
        extraction: [
          item('List', ['Karen Whitaker', 'Tom Whitaker']),
          item('Yes', true),
          item('No', false),
          item('Count', 20000),
          item('Fraction', 0.5),
          item('Zero', 0),
          item('Nothing', null),
          item('Missing', undefined),
          item('Blank', ''),
          item('Mixed', ['a', 2, false, null]),
          item('Object', { budget: 10 }),
          item('When', '2026-04-18T09:00:00-05:00'),
          item('Budget', 1_250_000),
        ],
        mappings: null,
      }),
    ]);
    expect(Object.fromEntries(rows.slice(1).map((row) => [row[1], row[2]]))).toEqual({
      List: 'Karen Whitaker; Tom Whitaker',
      Yes: 'true',
      No: 'false',
      Count: '20000',
      Fraction: '0.5',
      Zero: '0',
      Nothing: '',
      Missing: '',
      Blank: '',
      Mixed: 'a; 2; false; ',
      Object: '{"budget":10}',
      When: '2026-04-18T09:00:00-05:00',
      Budget: '1250000',
    });
  });

  it('quotes cells with quotes, commas or line breaks, doubling the quotes (RFC 4180)', () => {
    const csv = csvOf([
      rawExtraction({
        siroEntityDefinitionName: 'Objection, reason',
        extraction: [item('Quote', 'He said "no"'), item('Lines', 'one\ntwo\r\nthree'), item('Plain', 'no quoting')],
        mappings: null,
      }),
    ]);
    expect(csv).toContain('"Objection, reason",Quote,"He said ""no""",');
    expect(csv).toContain('"Objection, reason",Lines,"one\ntwo\r\nthree",');
    expect(csv).toContain('"Objection, reason",Plain,no quoting,');
    expect(
      parseCsv(csv)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual(['He said "no"', 'one\ntwo\r\nthree', 'no quoting']);
  });

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'])(
    "prefixes the formula-like value %j with ' so spreadsheets keep it text",
    (value) => {
      const rows = rowsOf([rawExtraction({ extraction: [item('Value', value)] })]);
      expect(rows[1]?.[2]).toBe(`'${value}`);
    },
  );

  it('guards every column against formulas, not only the value', () => {
    const rows = rowsOf([
      rawExtraction({
        siroEntityDefinitionName: '=cmd|"/c calc"!A1',
        status: '@status',
        extraction: [item('+name', 'ok', [{ crmModelName: '-Model', crmFieldName: 'Field' }])],
      }),
    ]);
    expect(rows[1]).toEqual([`'=cmd|"/c calc"!A1`, "'+name", 'ok', "'-Model.Field", "'@status"]);
  });

  it('leaves a formula character that is not first alone', () => {
    expect(rowsOf([rawExtraction({ extraction: [item('Value', 'a=b+c-d@e')] })])[1]?.[2]).toBe('a=b+c-d@e');
  });

  it('still writes a row for an extraction with no values', () => {
    const rows = rowsOf([
      rawExtraction({ siroEntityDefinitionName: 'Budget', status: 'FAIL', extraction: [], mappings: [opportunity('Budget__c')] }),
      rawExtraction({ siroEntityDefinitionName: 'Timeline', status: 'IN_PROGRESS', extraction: null, mappings: null }),
    ]);
    expect(rows).toEqual([HEADER, ['Budget', '', '', 'Opportunity.Budget__c', 'FAIL'], ['Timeline', '', '', '', 'IN_PROGRESS']]);
  });

  it('leaves a missing definition name or status empty', () => {
    const rows = rowsOf([rawExtraction({ siroEntityDefinitionName: null, status: null })]);
    expect(rows[1]).toEqual(['', 'Objection reason', 'Price', 'Opportunity.Objection_Reason__c', '']);
  });

  it('writes a value without a name, and an extraction without an id, with the field empty', () => {
    const rows = rowsOf([rawExtraction({ id: null, extraction: [{ name: null, value: 'Price', mappings: null }] })]);
    expect(rows[1]).toEqual(['Objection reason', '', 'Price', 'Opportunity.Objection_Reason__c', 'SUCCESS']);
  });

  it('has the same number of cells in every row', () => {
    const rows = rowsOf([rawExtraction(), rawExtraction({ extraction: [] }), rawExtraction({ extraction: [item('a, "b"', ['x', 'y'])] })]);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([HEADER.length]));
  });
});

describe('recordingToJson', () => {
  const recording = buildRecording({
    title: 'Kitchen visit with Dana',
    entityExtractions: [rawExtraction(), 'garbage'],
    evaluationScore: 88,
    followups: [rawFollowup()],
  });

  it('is valid JSON that round-trips the ID and title', () => {
    const json = JSON.parse(recordingToJson(recording)) as Record<string, unknown>;
    expect(json.id).toBe(RECORDING_ID);
    expect(json.title).toBe('Kitchen visit with Dana');
    expect(json.evaluationScore).toBe(88);
    expect(json.deleted).toBe(false);
  });

  it('writes lists as plain arrays, nested ones too', () => {
    const json = JSON.parse(recordingToJson(recording));
    expect(json.entityExtractions).toEqual([
      expect.objectContaining({
        id: 'ext-1',
        extraction: [{ name: 'Objection reason', value: 'Price', mappings: [] }],
        mappings: [{ crmModelName: 'Opportunity', crmFieldName: 'Objection_Reason__c' }],
      }),
    ]);
    expect(json.crmOpportunities[0].addresses).toEqual([
      { street: '12 Elm St', city: 'Springfield', state: 'IL', zip: '62701', country: 'US' },
    ]);
    expect(json.followups).toHaveLength(1);
    expect(json.followups[0].context).toEqual([{ header: 'MAIN_OBJECTION', value: 'Wants the roof done first.' }]);
    expect(json.followups[0].history).toEqual([expect.objectContaining({ id: 'h-1', status: 'TO_DO' })]);
  });

  it('has no items/skipped wrappers anywhere', () => {
    const text = recordingToJson(recording);
    expect(text).not.toMatch(/"items"\s*:/);
    expect(text).not.toMatch(/"skipped"\s*:/);
  });

  it('keeps sections that were asked for and empty as null, and leaves out those never asked for', () => {
    const json = JSON.parse(recordingToJson(buildRecording({ crmCustomer: null, entityExtractions: undefined, followups: null })));
    expect(json.crmCustomer).toBeNull();
    expect(json.followups).toBeNull();
    expect(json).not.toHaveProperty('entityExtractions');
    expect(json).not.toHaveProperty('evaluationScore');
  });

  it('is indented for people to read', () => {
    expect(recordingToJson(recording)).toContain(`\n  "id": "${RECORDING_ID}"`);
  });
});
