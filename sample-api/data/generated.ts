// 8 and the benchmark: recordings with hundreds or thousands of extractions (and, for the
// benchmark, opportunities), generated from the index alone so every run answers the same bytes.
import { BENCH_LARGE_RECORDING_ID, MANY_EXTRACTIONS_RECORDING_ID } from '../ids.ts';
import type { CrmCustomer, CrmOpportunity, EntityExtraction, ExtractionItem, Recording } from '../types.ts';
import { suggestedFollowup } from './followup-builder.ts';
import { ORGANIZATION_ID, salesforceUrl, SOLAR, teamFields } from './org.ts';

const TOPICS = [
  'Roof plane azimuth',
  'Roof plane tilt',
  'Shading',
  'Main panel rating',
  'Utility rate plan',
  'Monthly usage',
  'Appliance',
  'EV charger',
  'Battery backup load',
  'HOA restriction',
  'Question asked',
  'Concern raised',
];
const WORDS = ['north', 'south', 'east', 'west', 'garage', 'porch', 'oak', 'pecan', 'chimney', 'vent', 'dormer', 'skylight'];
const STREETS = ['Bluebonnet Trail', 'Cedar Elm Drive', 'Live Oak Bend', 'Pecan Hollow', 'Mesquite Lane', 'Limestone Way'];
const CITIES: [string, string][] = [
  ['Austin', '78745'],
  ['Round Rock', '78664'],
  ['Pflugerville', '78660'],
  ['Cedar Park', '78613'],
  ['Georgetown', '78626'],
];

const hex12 = (index: number) => index.toString(16).padStart(12, '0');
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/** A value whose kind rotates with the index: text, number, boolean, list, null, mixed list. */
function valueFor(index: number): ExtractionItem['value'] {
  switch (index % 6) {
    case 0:
      return `${pick(WORDS, index)} side, ${pick(WORDS, index + 5)} nearby`;
    case 1:
      return (index * 37) % 1000;
    case 2:
      return index % 4 === 2;
    case 3:
      return [pick(WORDS, index), pick(WORDS, index + 1), pick(WORDS, index + 2)];
    case 4:
      return null;
    default:
      return [pick(WORDS, index), index % 97, index % 2 === 0, null];
  }
}

function generateExtractions(recordingId: string, idPrefix: string, count: number): EntityExtraction[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const name = `${pick(TOPICS, i)} ${Math.floor(i / TOPICS.length) + 1}`;
    // A few failures and syncs scattered through, as a long real list would have.
    const status = n % 37 === 0 ? 'FAIL' : n % 53 === 0 ? 'SYNCED' : 'SUCCESS';
    const mapping = { crmModelName: 'Opportunity', crmFieldName: `Site_Survey_${String(n).padStart(4, '0')}__c` };
    return {
      id: `${idPrefix}-0000-4000-8000-${hex12(n)}`,
      recordingId,
      siroEntityDefinitionId: `${idPrefix}-0000-4000-9000-${hex12(n)}`,
      siroEntityDefinitionName: name,
      siroEntityDefinitionDeleted: n % 101 === 0,
      status,
      extraction: status === 'FAIL' ? null : [{ name, value: valueFor(i), mappings: [mapping] }],
      createdAt: '2026-04-24T20:10:00.000Z',
      updatedAt: status === 'SYNCED' ? '2026-04-24T20:15:00.000Z' : '2026-04-24T20:10:00.000Z',
      mappings: [mapping],
    };
  });
}

function generateOpportunities(count: number): CrmOpportunity[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const [city, zip] = pick(CITIES, i);
    const disposition = pick(['Open', 'Closed Won', 'Closed Lost', 'Open', 'Proposal Sent'], i);
    const externalId = `006Hs0000${String(n).padStart(9, '0')}`;
    return {
      opportunityExternalId: externalId,
      accountId: `acc-${hex12(n)}`,
      accountName: `Homeowner account ${n}`,
      accountExternalId: `001Hs0000${String(n).padStart(9, '0')}`,
      disposition,
      closedAt: disposition.startsWith('Closed') ? `2026-0${(i % 4) + 1}-${String((i % 27) + 1).padStart(2, '0')}T18:00:00.000Z` : null,
      name: `${(n % 3) + 6}.${n % 10} kW solar${n % 4 === 0 ? ' + battery' : ''} – ${100 + n} ${pick(STREETS, i)}`,
      amount: 18_000 + ((n * 733) % 22_000),
      integrationName: 'Salesforce',
      integrationPlatform: 'salesforce',
      addresses: [{ street: `${100 + n} ${pick(STREETS, i)}`, city, state: 'TX', zip, country: 'USA' }],
    };
  });
}

function generatedRecording(
  id: string,
  title: string,
  extractionCount: number,
  opportunityCount: number,
  idPrefix: string,
  followups: Recording['followups'] = [],
): Recording {
  const customer: CrmCustomer = {
    id: '2a4c6e8b-0d2f-4a6c-8e0b-2d4f6a8c0e2b',
    name: 'Castillo Family',
    crmUrl: salesforceUrl('Account', '001Hs00003CsTlLIAV'),
    customerType: 'ACCOUNT',
    lastActivityAt: '2026-04-24T20:30:00.000Z',
    createdAt: '2026-04-20T16:00:00.000Z',
    updatedAt: '2026-04-24T20:31:00.000Z',
    emailAddress: 'castillo.family@example.com',
    phoneNumber: '+1 (512) 555-0175',
    externalId: '001Hs00003CsTlLIAV',
    amount: 38_750,
    disposition: 'OPEN',
    matchingSource: 'DIRECT',
    address: '77 Pecan Hollow, Austin, TX 78745',
    organizationId: ORGANIZATION_ID,
    integrationPlatform: 'MERGE',
    integrationName: 'Salesforce',
  };
  return {
    id,
    dateCreated: '2026-04-24T19:02:11.000Z',
    transcriptionStatus: 'COMPLETE',
    processingStatus: 'complete',
    processingStage: 'done',
    ...teamFields(SOLAR),
    title,
    durationInMilliseconds: 5_412_000,
    deleted: false,
    conversationType: 'Site survey',
    transcriptionLanguage: 'English',
    universalOutcomeLabel: 'POSITIVE',
    summary:
      'Priya Natarajan walked every roof plane, the main electrical panel and the garage with the Castillo family and captured a full site survey for the design team. ' +
      'The house has four usable planes, a 200 A panel that needs no upgrade, and an EV charger the family wants on backup.',
    crmCustomer: customer,
    crmOpportunities: generateOpportunities(opportunityCount),
    entityExtractions: generateExtractions(id, idPrefix, extractionCount),
    evaluationScore: 81,
    followups,
  };
}

const SURVEY_TITLE = 'Castillo – full solar site survey';

export const MANY_EXTRACTIONS = generatedRecording(MANY_EXTRACTIONS_RECORDING_ID, SURVEY_TITLE, 400, 1, 'e8a00000', [
  suggestedFollowup(SOLAR, MANY_EXTRACTIONS_RECORDING_ID, SURVEY_TITLE, null, {
    followupId: 'f8a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a78',
    dateCreated: '2026-04-24T20:12:30.000Z',
    followupType: 'CROSS_SELL',
    score: 3,
    followupAction: 'Price a second Powerwall in the proposal: the 48 A EV charger on backup drains one battery fast.',
    context: [
      { header: 'EMOTIONAL_TIE', value: 'Mateo drives forty miles a day and wants to charge during outages.' },
      { header: 'FOLLOW_UP_TIME', value: 'With the design, in about a week.' },
    ],
    thinking: 'Medium (3/5): the backup loads need more storage, but the family has not asked about cost yet.',
  }),
]);

export const BENCH_LARGE = generatedRecording(
  BENCH_LARGE_RECORDING_ID,
  'Benchmark – 2,000 extractions, 300 opportunities',
  2_000,
  300,
  'ebe00000',
);
