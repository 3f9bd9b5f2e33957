// `fault-partial`: a recording where single fields and single list items have the wrong type
// and every enum carries a value newer than the documentation. A tolerant client keeps what is
// readable (id, dateCreated, the good items) and drops or flags the rest field by field.
import type { JsonObject, JsonValue } from '../types.ts';
import { COMPLETE_SALE } from './complete-sale.ts';
import { ORGANIZATION_ID, ROOFING } from './org.ts';

/** A copy of a typed value as plain JSON, so it can then be broken on purpose. */
function asJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

const address = { street: '4182 Larkspur Lane', city: 'Plano', state: 'TX', zip: '75024', country: 'USA' };

export function partialRecording(): JsonObject {
  const goodExtractions = asJson(COMPLETE_SALE.entityExtractions?.slice(0, 3) ?? []) as JsonObject[];
  return {
    id: 'fault-partial',
    dateCreated: '2026-04-21T18:32:07.000Z',
    deleted: false,
    transcriptionStatus: 'ARCHIVED',
    processingStatus: 'paused',
    processingStage: 'archiving',
    organizationId: ORGANIZATION_ID,
    teamId: ROOFING.teamId,
    userId: ROOFING.userId,
    title: 42,
    durationInMilliseconds: 'ninety',
    conversationType: 'In-home appointment',
    transcriptionLanguage: 'German',
    universalOutcomeLabel: 'MIXED',
    summary: 'The fields around this summary are partly broken on purpose; this text itself is fine.',
    crmCustomer: {
      id: 'b6f0c2e4-1a3d-4f5b-8c7e-9d0a1b2c3d4e',
      name: 'Karen & Tom Whitaker',
      crmUrl: 'https://keystone-exteriors.lightning.force.com/lightning/r/Account/001Hs00003KpWqAIAV/view',
      customerType: 'PARTNER',
      matchingSource: 'MANUAL',
      emailAddress: 123,
      phoneNumber: '+1 (972) 555-0147',
      lastActivityAt: 'yesterday',
      createdAt: '2026-04-02T15:11:43.000Z',
      updatedAt: '2026-04-21T20:06:12.000Z',
      amount: '18,450',
      organizationId: ORGANIZATION_ID,
      integrationPlatform: 'ZAPIER',
      integrationName: 'Salesforce',
    },
    crmOpportunities: [
      {
        opportunityExternalId: '006Hs00001XyZ9QIAV',
        accountId: 'b6f0c2e4-1a3d-4f5b-8c7e-9d0a1b2c3d4e',
        accountName: 'Karen & Tom Whitaker',
        accountExternalId: '001Hs00003KpWqAIAV',
        disposition: 'Closed Won',
        closedAt: 'not a date',
        name: 'Whitaker – Roof Replacement',
        amount: '12k',
        integrationName: 'Salesforce',
        integrationPlatform: 'salesforce',
        addresses: [address],
      },
      {
        opportunityExternalId: '006Hs00001XyZAbIAN',
        accountId: 'b6f0c2e4-1a3d-4f5b-8c7e-9d0a1b2c3d4e',
        accountName: 'Karen & Tom Whitaker',
        accountExternalId: '001Hs00003KpWqAIAV',
        disposition: 'Open',
        closedAt: null,
        name: 'Whitaker – Seamless Gutters',
        amount: 2950,
        integrationName: 'Salesforce',
        integrationPlatform: 'salesforce',
        addresses: null,
      },
      'opportunity 006Hs00001XyZCdIAN could not be serialised',
      {
        opportunityExternalId: '006Hs00001XyZEfIAN',
        accountId: null,
        accountName: null,
        accountExternalId: null,
        disposition: 'Open',
        closedAt: null,
        name: 'Whitaker – Attic Insulation',
        amount: 1800,
        integrationName: 'Salesforce',
        integrationPlatform: 'salesforce',
        addresses: [address, 'Plano, TX', { street: 7, city: null }],
      },
    ],
    entityExtractions: [
      ...goodExtractions,
      {
        id: 'e0a00000-0000-4000-8000-000000000004',
        recordingId: 'fault-partial',
        siroEntityDefinitionId: 'd0a00000-0000-4000-8000-000000000004',
        siroEntityDefinitionName: 'Financing interest',
        siroEntityDefinitionDeleted: false,
        status: 'SUCCESS',
        extraction: null,
        createdAt: '2026-04-21T19:25:30.000Z',
        updatedAt: '2026-04-21T19:25:30.000Z',
        mappings: null,
      },
      404,
      {
        id: 'e0a00000-0000-4000-8000-000000000005',
        recordingId: 'fault-partial',
        siroEntityDefinitionId: 'd0a00000-0000-4000-8000-000000000005',
        siroEntityDefinitionName: 'Next appointment date',
        siroEntityDefinitionDeleted: 'no',
        status: 'QUEUED',
        extraction: [
          { name: 'Next appointment date', value: { date: '2026-05-12' }, mappings: 'Opportunity.Install_Date__c' },
          'loose text',
        ],
        createdAt: 'soon',
        updatedAt: null,
        mappings: [{ crmModelName: 'Opportunity' }],
      },
    ],
    evaluationScore: 'B+',
    followups: [17],
  };
}
