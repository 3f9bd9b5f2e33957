// 2. A solar door knock that is still being processed. The server decides, per full id, whether
// it is still in progress; this file only knows how the recording looks in either state.
import type { CrmCustomer, EntityExtraction, Recording } from '../types.ts';
import { ORGANIZATION_ID, salesforceUrl, SOLAR, teamFields } from './org.ts';

const LEAD_EXTERNAL_ID = '00QHs00000rTbX2MAK';

function customer(recordingId: string): CrmCustomer {
  return {
    id: '9a1c3e5b-7d9f-4b1a-8c3e-5a7c9e1b3d5f',
    name: 'Derek Lawson',
    crmUrl: salesforceUrl('Lead', LEAD_EXTERNAL_ID),
    customerType: 'LEAD',
    lastActivityAt: '2026-05-01T23:18:00.000Z',
    createdAt: '2026-05-01T23:18:00.000Z',
    updatedAt: '2026-05-01T23:19:27.000Z',
    closedAt: null,
    emailAddress: 'dlawson@example.org',
    phoneNumber: '+1 (512) 555-0126',
    externalId: LEAD_EXTERNAL_ID,
    amount: null,
    disposition: 'OPEN',
    recordingId,
    lastRecordingDate: '2026-05-01T23:04:45.000Z',
    numRecordings: 1,
    matchingSource: 'DIRECT',
    accountId: null,
    opportunityAccountName: null,
    contactId: null,
    opportunityContactName: null,
    opportunityId: null,
    engagementId: null,
    address: '1127 Bluebonnet Trail, Round Rock, TX 78664',
    organizationId: ORGANIZATION_ID,
    integrationConnectionId: 'ic-5a7c9e1b-salesforce',
    integrationPlatform: 'MERGE',
    integrationName: 'Salesforce',
  };
}

function extractions(recordingId: string): EntityExtraction[] {
  const items: [string, EntityExtraction['extraction']][] = [
    [
      'Monthly electric bill',
      [{ name: 'Monthly electric bill', value: 240, mappings: [{ crmModelName: 'Lead', crmFieldName: 'Avg_Electric_Bill__c' }] }],
    ],
    [
      'Roof orientation',
      [
        {
          name: 'Roof orientation',
          value: 'South-facing main slope, one oak shading the garage',
          mappings: [{ crmModelName: 'Lead', crmFieldName: 'Roof_Orientation__c' }],
        },
      ],
    ],
    [
      'Appointment set',
      [{ name: 'Appointment set', value: true, mappings: [{ crmModelName: 'Lead', crmFieldName: 'Appointment_Set__c' }] }],
    ],
    [
      'Next appointment date',
      [
        {
          name: 'Next appointment date',
          value: '2026-05-02T18:00:00-05:00',
          mappings: [{ crmModelName: 'Event', crmFieldName: 'StartDateTime' }],
        },
      ],
    ],
    [
      'Decision makers',
      [
        {
          name: 'Decision makers',
          value: ['Derek Lawson', 'Amy Lawson'],
          mappings: [{ crmModelName: 'Lead', crmFieldName: 'Decision_Makers__c' }],
        },
      ],
    ],
    [
      'Battery backup interest',
      [{ name: 'Battery backup interest', value: true, mappings: [{ crmModelName: 'Lead', crmFieldName: 'Battery_Interest__c' }] }],
    ],
  ];
  return items.map(([definition, extraction], index) => {
    const suffix = String(index + 1).padStart(12, '0');
    return {
      id: `e2a00000-0000-4000-8000-${suffix}`,
      recordingId,
      siroEntityDefinitionId: `d2a00000-0000-4000-8000-${suffix}`,
      siroEntityDefinitionName: definition,
      siroEntityDefinitionDeleted: false,
      status: 'SUCCESS',
      extraction,
      createdAt: '2026-05-01T23:21:40.000Z',
      updatedAt: '2026-05-01T23:21:40.000Z',
      mappings: extraction?.flatMap((item) => item.mappings ?? []) ?? null,
    };
  });
}

/** The processing recording under `id`, before (`complete: false`) or after Siro finished. */
export function processingRecording(id: string, complete: boolean): Recording {
  const base = {
    id,
    dateCreated: '2026-05-01T23:04:45.000Z',
    ...teamFields(SOLAR),
    title: 'Lawson – door knock, 1127 Bluebonnet Trail',
    durationInMilliseconds: 412_300,
    deleted: false,
    conversationType: 'Door knock',
    transcriptionLanguage: 'English',
    crmCustomer: customer(id),
    crmOpportunities: [],
  };
  if (!complete) {
    return {
      ...base,
      transcriptionStatus: 'TRANSCRIBING',
      processingStatus: 'in-progress',
      processingStage: 'processing',
      universalOutcomeLabel: null,
      summary: null,
      entityExtractions: [],
      evaluationScore: null,
      followups: [],
    };
  }
  return {
    ...base,
    transcriptionStatus: 'COMPLETE',
    processingStatus: 'complete',
    processingStage: 'done',
    universalOutcomeLabel: 'POSITIVE',
    summary:
      "Priya Natarajan knocked on Derek Lawson's door in Round Rock while canvassing the Bluebonnet Trail neighborhood. " +
      'Derek said their summer electric bills average about $240 a month and that the February outage left them without power for two days, so battery backup interests him more than the savings. ' +
      'Priya checked the roof from the street: the main slope faces south with one oak shading the garage. ' +
      'Derek wants his wife Amy at any real discussion, so Priya set an in-home consultation with both of them for Saturday, May 2 at 6 pm and asked them to have a recent electric bill ready.',
    entityExtractions: extractions(id),
    evaluationScore: 79,
    followups: [],
  };
}
