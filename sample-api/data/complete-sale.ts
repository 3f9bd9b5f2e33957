// 1. The complete sale: the recording `npm start` opens. Every section is filled in and agrees
// with the transcript in complete-sale-transcript.ts.
import { COMPLETE_SALE_RECORDING_ID as ID } from '../ids.ts';
import type { CrmCustomer, EntityExtraction, Followup, Recording, SummarySection } from '../types.ts';
import { COMPLETE_SALE_TRANSCRIPT as TRANSCRIPT } from './complete-sale-transcript.ts';
import { suggestedFollowup } from './followup-builder.ts';
import { ORGANIZATION_ID, ROOFING, salesforceUrl, teamFields } from './org.ts';
import { durationOf, quoteContaining } from './transcript-builder.ts';

const ACCOUNT_EXTERNAL_ID = '001Hs00003KpWqAIAV';
const CREATED = '2026-04-21T18:32:07.000Z';

const customer: CrmCustomer = {
  id: 'b6f0c2e4-1a3d-4f5b-8c7e-9d0a1b2c3d4e',
  name: 'Karen & Tom Whitaker',
  crmUrl: salesforceUrl('Account', ACCOUNT_EXTERNAL_ID),
  customerType: 'ACCOUNT',
  lastActivityAt: '2026-04-21T20:05:00.000Z',
  createdAt: '2026-04-02T15:11:43.000Z',
  updatedAt: '2026-04-21T20:06:12.000Z',
  closedAt: null,
  emailAddress: 'karen.whitaker@example.com',
  phoneNumber: '+1 (972) 555-0147',
  externalId: ACCOUNT_EXTERNAL_ID,
  amount: 18450,
  disposition: 'WON',
  recordingId: ID,
  lastRecordingDate: CREATED,
  numRecordings: 2,
  matchingSource: 'DIRECT',
  accountId: ACCOUNT_EXTERNAL_ID,
  opportunityAccountName: null,
  contactId: '003Hs00004TgLmNIAV',
  opportunityContactName: null,
  opportunityId: null,
  engagementId: null,
  address: '4182 Larkspur Lane, Plano, TX 75024',
  organizationId: ORGANIZATION_ID,
  integrationConnectionId: 'ic-5a7c9e1b-salesforce',
  integrationPlatform: 'MERGE',
  integrationName: 'Salesforce',
};

const address = { street: '4182 Larkspur Lane', city: 'Plano', state: 'TX', zip: '75024', country: 'USA' };

const opportunity = (field: string) => ({ crmModelName: 'Opportunity', crmFieldName: field });
const account = (field: string) => ({ crmModelName: 'Account', crmFieldName: field });

function extraction(
  index: number,
  definition: string,
  items: EntityExtraction['extraction'],
  status: EntityExtraction['status'] = 'SYNCED',
): EntityExtraction {
  const suffix = String(index).padStart(12, '0');
  return {
    id: `e1a00000-0000-4000-8000-${suffix}`,
    recordingId: ID,
    siroEntityDefinitionId: `d1a00000-0000-4000-8000-${suffix}`,
    siroEntityDefinitionName: definition,
    siroEntityDefinitionDeleted: false,
    status,
    extraction: items,
    createdAt: '2026-04-21T19:25:30.000Z',
    updatedAt: status === 'SYNCED' ? '2026-04-21T19:31:02.000Z' : '2026-04-21T19:25:30.000Z',
    mappings: items?.flatMap((item) => item.mappings ?? []) ?? null,
  };
}

const extractions: EntityExtraction[] = [
  extraction(1, 'Objection reason', [
    {
      name: 'Objection reason',
      value: 'Price – a competing quote from Lone Star Roofing was $3,250 lower',
      mappings: [opportunity('Objection_Reason__c')],
    },
  ]),
  extraction(2, 'Budget', [{ name: 'Budget', value: 20000, mappings: [opportunity('Budget__c')] }]),
  extraction(3, 'Decision makers', [
    { name: 'Decision makers', value: ['Karen Whitaker', 'Tom Whitaker'], mappings: [opportunity('Decision_Makers__c')] },
  ]),
  extraction(4, 'Roof age in years', [{ name: 'Roof age in years', value: 19, mappings: [account('Roof_Age__c')] }]),
  extraction(5, 'Financing interest', [{ name: 'Financing interest', value: true, mappings: [opportunity('Financing_Interest__c')] }]),
  extraction(6, 'Next appointment date', [
    {
      name: 'Next appointment date',
      value: '2026-05-12',
      mappings: [opportunity('Install_Date__c'), { crmModelName: 'Event', crmFieldName: 'ActivityDate' }],
    },
  ]),
  extraction(
    7,
    'Roof details',
    [
      { name: 'Roof size (squares)', value: 32, mappings: [opportunity('Roof_Squares__c')] },
      { name: 'Pitch', value: '8/12', mappings: [opportunity('Roof_Pitch__c')] },
      { name: 'Existing layers', value: 1, mappings: [opportunity('Existing_Layers__c')] },
      {
        name: 'Damage found',
        value: ['Granule loss', 'Cracked shingles (west slope)', 'Lifted chimney flashing', 'Soft decking at rear valley'],
        mappings: [opportunity('Damage_Notes__c')],
      },
    ],
    'SUCCESS',
  ),
  extraction(8, 'Selected package', [
    {
      name: 'Selected package',
      value: 'Better – GAF Timberline HDZ, Charcoal, Golden Pledge warranty',
      mappings: [opportunity('Package__c')],
    },
  ]),
  extraction(
    9,
    'Competitor mentioned',
    [{ name: 'Competitor mentioned', value: 'Lone Star Roofing Co.', mappings: [opportunity('Competitor__c')] }],
    'SUCCESS',
  ),
];

// Suggested right after the visit, then worked by the rep: starred, in progress, a note.
const followup: Followup = {
  ...suggestedFollowup(ROOFING, ID, 'Whitaker – roof replacement consultation', customer, {
    followupId: 'f0a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a70',
    dateCreated: '2026-04-21T19:26:10.000Z',
    followupType: 'CROSS_SELL',
    score: 4,
    followupAction: 'Email the seamless gutter and guard quote and offer to install on the roof day (May 12).',
    context: [
      { header: 'MAIN_OBJECTION', value: 'Wants the roof finished before committing to more work.' },
      { header: 'OVERALL_COST', value: '$2,950 for about 168 ft of 6-inch seamless gutters with guards.' },
      { header: 'FOLLOW_UP_TIME', value: 'Before the install on May 12, 2026.' },
      { header: 'EMOTIONAL_TIE', value: 'Tom has meant to fix the gutters for three years.' },
    ],
    thinking:
      'Homeowner asked for the quote herself and the crew can do both jobs the same day: strong cross-sell (4/5). Not 5: she explicitly wants the roof first.',
  }),
  updatedAt: '2026-04-22T01:14:00.000Z',
  metadata: [{ source: 'siro-followups', trade: 'gutters' }],
  starred: true,
  status: 'IN_PROGRESS',
  history: [
    {
      id: 'fh-1',
      updatedBy: 'Siro',
      updatedByUserId: null,
      createdAt: '2026-04-21T19:26:10.000Z',
      note: 'Follow-up created from the recording.',
      status: 'TO_DO',
    },
    {
      id: 'fh-2',
      updatedBy: ROOFING.repName,
      updatedByUserId: ROOFING.userId,
      createdAt: '2026-04-22T01:14:00.000Z',
      note: 'Sent the gutter quote by email; will call Thursday.',
      status: 'IN_PROGRESS',
    },
  ],
};

export const COMPLETE_SALE: Recording = {
  id: ID,
  dateCreated: CREATED,
  transcriptionStatus: 'COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(ROOFING),
  title: 'Whitaker – roof replacement consultation',
  durationInMilliseconds: durationOf(TRANSCRIPT),
  deleted: false,
  conversationType: 'In-home appointment',
  transcriptionLanguage: 'English',
  universalOutcomeLabel: 'POSITIVE',
  summary:
    'Marcus Bell met Karen Whitaker at her Plano home to inspect a 19-year-old roof that started leaking after the March hailstorm; the insurance claim had been denied as wear and tear, so the job is retail. ' +
    'The inspection found granule loss, cracked shingles on the west slope, lifted chimney flashing and soft decking at the rear valley (about 32 squares, 8/12 pitch, one layer). ' +
    "Marcus presented three GAF Timberline options. Karen's main objection was price, citing a $15,200 quote from Lone Star Roofing; Marcus showed that it left out decking replacement, drip edge and ice-and-water shield. " +
    'After Karen confirmed with her husband Tom by phone, they signed the Better package at $18,450 in Charcoal with 12 months same-as-cash financing. ' +
    'Installation is booked for May 12, 2026, pending HOA color approval by May 5, and Karen asked for an emailed quote for seamless gutters with guards ($2,950).',
  crmCustomer: customer,
  crmOpportunities: [
    {
      opportunityExternalId: '006Hs00001XyZ9QIAV',
      accountId: customer.id,
      accountName: 'Karen & Tom Whitaker',
      accountExternalId: ACCOUNT_EXTERNAL_ID,
      disposition: 'Closed Won',
      closedAt: '2026-04-21T20:05:00.000Z',
      name: 'Whitaker – Roof Replacement (Timberline HDZ, Better)',
      amount: 18450,
      integrationName: 'Salesforce',
      integrationPlatform: 'salesforce',
      addresses: [address],
    },
    {
      opportunityExternalId: '006Hs00001XyZAbIAN',
      accountId: customer.id,
      accountName: 'Karen & Tom Whitaker',
      accountExternalId: ACCOUNT_EXTERNAL_ID,
      disposition: 'Open',
      closedAt: null,
      name: 'Whitaker – Seamless Gutters & Guards',
      amount: 2950,
      integrationName: 'Salesforce',
      integrationPlatform: 'salesforce',
      addresses: [address],
    },
  ],
  entityExtractions: extractions,
  evaluationScore: 88,
  followups: [followup],
};

/** The v2 summary sections; every quote is an utterance of the transcript, times included. */
export const COMPLETE_SALE_SUMMARY_SECTIONS: SummarySection[] = [
  {
    id: 's2a00000-0000-4000-8000-000000000001',
    promptHeader: 'Key points',
    promptResponse:
      "- Roof is about 19 years old (house built 2007); leak over the daughter's room after the March hailstorm.\n" +
      '- Insurance claim denied as wear and tear: retail job.\n' +
      '- Findings: granule loss, cracked west-slope shingles, lifted chimney flashing, soft decking at the rear valley.\n' +
      '- Signed the Better package (Timberline HDZ, Charcoal) at $18,450 with 12 months same-as-cash.',
    summaryResultIndex: 0,
    quotes: [
      quoteContaining(TRANSCRIPT, 'It was built in 2007'),
      quoteContaining(TRANSCRIPT, 'they denied it'),
      quoteContaining(TRANSCRIPT, 'The flashing has lifted'),
      quoteContaining(TRANSCRIPT, 'He says go with the Better one'),
    ],
  },
  {
    id: 's2a00000-0000-4000-8000-000000000002',
    promptHeader: 'Objections',
    promptResponse:
      'Price: Lone Star Roofing quoted $15,200. Marcus showed that quote had no decking replacement, drip edge or ice-and-water shield, which would likely come back as change orders. ' +
      'Timing: Karen considered waiting until fall; Marcus pointed to spring storms and the price lock through April 30.',
    summaryResultIndex: 1,
    quotes: [
      quoteContaining(TRANSCRIPT, 'They quoted fifteen thousand two hundred'),
      quoteContaining(TRANSCRIPT, 'there is no decking replacement'),
      quoteContaining(TRANSCRIPT, 'wait until the fall'),
    ],
  },
  {
    id: 's2a00000-0000-4000-8000-000000000003',
    promptHeader: 'Next steps',
    promptResponse:
      '- Send the HOA color form today; approval needed by May 5.\n' +
      '- Production manager Angela calls this week to confirm; materials delivered May 11, install May 12.\n' +
      '- Email the seamless gutter quote ($2,950) tonight.',
    summaryResultIndex: 2,
    quotes: [
      quoteContaining(TRANSCRIPT, 'We need it back before May fifth'),
      quoteContaining(TRANSCRIPT, 'I have May twelfth open'),
      quoteContaining(TRANSCRIPT, 'Can you email me a quote for the gutters'),
    ],
  },
];

/** The complete sale under another id: the normal, valid recording behind timing and endpoint faults. */
export function completeSaleAs(id: string): Recording {
  return {
    ...COMPLETE_SALE,
    id,
    entityExtractions: COMPLETE_SALE.entityExtractions?.map((item) => ({ ...item, recordingId: id })) ?? null,
    followups: COMPLETE_SALE.followups?.map((item) => ({ ...item, recordingId: id, followupId: `${id}-followup` })) ?? null,
  };
}
