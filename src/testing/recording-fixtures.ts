import * as v from 'valibot';

import { recordingSchema, type Recording } from '@/features/recordings/api/recording-schema';
import { parsePanelFlags, type PanelFlags } from '@/features/recordings/panels';

// Fixtures are API-shaped JSON run through the real schema, so components get exactly what the app gives them.

export const RECORDING_ID = '0b6f3c2a-8d1e-4f5a-9c7b-2e4d6f8a1b3c';

/** Every panel switched on, as a link without flags opens the page. */
export const ALL_PANELS_ON: PanelFlags = parsePanelFlags(new URLSearchParams());

type Raw = Record<string, unknown>;

export function rawCustomer(overrides: Raw = {}): Raw {
  return {
    id: 'cust-1',
    name: 'Dana Whitfield',
    crmUrl: 'https://crm.example.com/accounts/42',
    customerType: 'ACCOUNT',
    matchingSource: 'DIRECT',
    emailAddress: 'dana@example.com',
    phoneNumber: '+1 (555) 010-2030',
    externalId: 'ACC-42',
    address: '12 Elm St, Springfield',
    integrationName: 'Salesforce',
    integrationPlatform: 'SALESFORCE',
    ...overrides,
  };
}

export function rawOpportunity(overrides: Raw = {}): Raw {
  return {
    opportunityExternalId: 'OPP-1',
    name: 'Roof replacement',
    accountName: 'Whitfield Household',
    disposition: 'CLOSED_WON',
    amount: 12500,
    closedAt: '2024-06-01T12:00:00Z',
    integrationName: 'Salesforce',
    integrationPlatform: 'SALESFORCE',
    addresses: [{ street: '12 Elm St', city: 'Springfield', state: 'IL', zip: '62701', country: 'US' }],
    ...overrides,
  };
}

export function rawExtraction(overrides: Raw = {}): Raw {
  return {
    id: 'ext-1',
    siroEntityDefinitionName: 'Objection reason',
    siroEntityDefinitionDeleted: false,
    status: 'SUCCESS',
    extraction: [{ name: 'Objection reason', value: 'Price', mappings: [] }],
    mappings: [{ crmModelName: 'Opportunity', crmFieldName: 'Objection_Reason__c' }],
    updatedAt: '2024-05-14T16:00:00Z',
    ...overrides,
  };
}

export function rawRecording(overrides: Raw = {}): Raw {
  return {
    id: RECORDING_ID,
    dateCreated: '2024-05-14T15:30:00Z',
    deleted: false,
    title: 'Kitchen visit with Dana',
    transcriptionStatus: 'COMPLETE',
    processingStatus: 'complete',
    processingStage: 'DONE',
    organizationId: 'org-7',
    teamId: 'team-3',
    userId: 'user-9',
    durationInMilliseconds: 3_725_000,
    conversationType: 'IN_PERSON',
    transcriptionLanguage: 'en-US',
    universalOutcomeLabel: 'POSITIVE',
    summary: 'Dana wants a quote.\n\nFollow up next week.',
    crmCustomer: rawCustomer(),
    crmOpportunities: [rawOpportunity()],
    entityExtractions: [rawExtraction()],
    ...overrides,
  };
}

export function buildRecording(overrides: Raw = {}): Recording {
  return v.parse(recordingSchema, rawRecording(overrides));
}

export const buildCustomer = (raw: unknown) => buildRecording({ crmCustomer: raw }).crmCustomer;
export const buildOpportunities = (raw: unknown) => buildRecording({ crmOpportunities: raw }).crmOpportunities;
export const buildExtractions = (raw: unknown) => buildRecording({ entityExtractions: raw }).entityExtractions;

export function rawFollowup(overrides: Raw = {}): Raw {
  return {
    followupId: 'fu-1',
    followupType: 'CROSS_SELL',
    score: 4,
    status: 'IN_PROGRESS',
    followupAction: 'Email the gutter quote.',
    repName: 'Marcus Bell',
    teamName: 'Roofing – North Dallas',
    dateCreated: '2024-05-14T16:10:00Z',
    note: null,
    context: [{ header: 'MAIN_OBJECTION', value: 'Wants the roof done first.' }],
    history: [{ id: 'h-1', updatedBy: 'Siro', createdAt: '2024-05-14T16:10:00Z', note: 'Created from the recording.', status: 'TO_DO' }],
    ...overrides,
  };
}

export const buildFollowups = (raw: unknown) => buildRecording({ followups: raw }).followups;
