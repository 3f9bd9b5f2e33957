// 7. An HVAC tune-up whose extractions exercise every shape Siro documents, and a few it does
// not promise but can send: a FAIL with no extraction, an unknown status, a deleted definition,
// values of every kind, missing values, null names, null dates and null mappings.
import { VALUE_KINDS_RECORDING_ID as ID } from '../ids.ts';
import type { CrmCustomer, CrmMapping, EntityExtraction, Recording } from '../types.ts';
import { suggestedFollowup } from './followup-builder.ts';
import { HVAC, ORGANIZATION_ID, teamFields } from './org.ts';

const AT = '2026-04-06T17:12:09.000Z';
const job = (crmFieldName: string): CrmMapping => ({ crmModelName: 'Job', crmFieldName });

function extraction(index: number, fields: Partial<EntityExtraction> & Pick<EntityExtraction, 'extraction'>): EntityExtraction {
  const suffix = String(index).padStart(12, '0');
  return {
    id: `e7a00000-0000-4000-8000-${suffix}`,
    recordingId: ID,
    siroEntityDefinitionId: `d7a00000-0000-4000-8000-${suffix}`,
    siroEntityDefinitionDeleted: false,
    status: 'SUCCESS',
    createdAt: AT,
    updatedAt: AT,
    mappings: fields.extraction?.flatMap((item) => item.mappings ?? []) ?? null,
    ...fields,
  };
}

const customer: CrmCustomer = {
  id: '8d0f2b4c-6e8a-4c0e-b2d4-6f8a0c2e4b6d',
  name: 'Minh Nguyen',
  crmUrl: 'https://go.servicetitan.com/#/Customer/20877310',
  customerType: 'CONTACT',
  lastActivityAt: AT,
  createdAt: '2024-06-11T14:00:00.000Z',
  updatedAt: AT,
  emailAddress: 'minh.nguyen@example.com',
  phoneNumber: '+1 (210) 555-0191',
  externalId: '20877310',
  amount: 0,
  disposition: 'OPEN',
  matchingSource: 'FUZZY',
  address: '15 Live Oak Bend, Helotes, TX 78023',
  organizationId: ORGANIZATION_ID,
  integrationPlatform: 'SERVICE_TITAN',
  integrationName: 'ServiceTitan',
};

export const VALUE_KINDS: Recording = {
  id: ID,
  dateCreated: '2026-04-06T15:40:22.000Z',
  transcriptionStatus: 'SECONDARY_TRANSCRIPTION_COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(HVAC),
  title: 'Nguyen – spring AC tune-up',
  durationInMilliseconds: 1_506_000,
  deleted: false,
  conversationType: 'Maintenance visit',
  transcriptionLanguage: 'English',
  universalOutcomeLabel: 'NEUTRAL',
  summary:
    "Luis Ortega performed a spring tune-up on the Nguyens' 2.5-ton heat pump. " +
    'He cleaned the condenser coil, flushed a clogged condensate line and found the blower capacitor reading 28 µF against a 35 µF rating. ' +
    'Mr. Nguyen declined the maintenance plan for now and asked for a written quote on the capacitor.',
  crmCustomer: customer,
  crmOpportunities: [],
  entityExtractions: [
    // FAIL: the model could not answer, so there is no extraction at all.
    extraction(1, { siroEntityDefinitionName: 'Warranty status', status: 'FAIL', extraction: null, mappings: [job('Warranty_Status')] }),
    extraction(2, {
      siroEntityDefinitionName: 'Service performed',
      extraction: [
        { name: 'Service performed', value: 'Spring tune-up; cleaned condenser coil; flushed condensate line', mappings: [job('Summary')] },
      ],
    }),
    extraction(3, {
      siroEntityDefinitionName: 'Issues found',
      extraction: [
        {
          name: 'Issues found',
          value: ['Dirty condenser coil', 'Weak blower capacitor (28 µF of 35 µF)', 'Clogged condensate line'],
          mappings: [job('Issues_Found')],
        },
      ],
    }),
    extraction(4, {
      siroEntityDefinitionName: 'System tonnage',
      extraction: [{ name: 'System tonnage', value: 2.5, mappings: [job('Tonnage')] }],
    }),
    extraction(5, {
      siroEntityDefinitionName: 'Maintenance plan sold',
      status: 'SYNCED',
      extraction: [{ name: 'Maintenance plan sold', value: false, mappings: [job('Membership_Sold')] }],
    }),
    extraction(6, {
      siroEntityDefinitionName: 'Next appointment date',
      extraction: [{ name: 'Next appointment date', value: null, mappings: [job('Next_Visit')] }],
    }),
    // A mixed list: refrigerant, suction pressure (psi), coil cleaned, superheat not measured.
    extraction(7, {
      siroEntityDefinitionName: 'Readings',
      extraction: [{ name: 'Readings', value: ['R-410A', 118, true, null], mappings: [job('Readings')] }],
    }),
    extraction(8, {
      siroEntityDefinitionName: 'Customer comments',
      extraction: [{ name: 'Customer comments', value: '', mappings: [job('Customer_Comments')] }],
    }),
    // The definition was deleted after this ran: Siro still returns the old extraction.
    extraction(9, {
      siroEntityDefinitionName: 'Lead source (old)',
      siroEntityDefinitionDeleted: true,
      status: 'SYNCED',
      extraction: [{ name: 'Lead source (old)', value: 'Yard sign', mappings: [job('Lead_Source_Legacy')] }],
    }),
    // A status newer than the documentation.
    extraction(10, {
      siroEntityDefinitionName: 'Upsell opportunities',
      status: 'QUEUED',
      extraction: [],
      createdAt: AT,
      updatedAt: null,
      mappings: [],
    }),
    extraction(11, { siroEntityDefinitionName: 'Refrigerant leak suspected', status: 'IN_PROGRESS', extraction: null, updatedAt: null }),
    extraction(12, {
      siroEntityDefinitionName: 'Accessories quoted',
      extraction: [{ name: 'Accessories quoted', value: [], mappings: [] }],
    }),
    // No value key at all and no mappings: only `name` is required in an item.
    extraction(13, { siroEntityDefinitionName: 'Technician notes', extraction: [{ name: 'Technician notes' }], mappings: null }),
    // No definition name: the item names have to carry the meaning.
    extraction(14, {
      siroEntityDefinitionName: null,
      createdAt: null,
      updatedAt: null,
      extraction: [
        { name: 'Callbacks in the last 12 months', value: 0, mappings: [job('Callbacks')] },
        { name: 'Temperature split (°F)', value: 18.5, mappings: [job('Temp_Split')] },
        { name: 'Filter size', value: '16x25x1', mappings: null },
        { name: 'Thermostat replaced', value: false },
      ],
    }),
  ],
  evaluationScore: 63.5,
  followups: [
    suggestedFollowup(HVAC, ID, 'Nguyen – spring AC tune-up', customer, {
      followupId: 'f7a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a77',
      dateCreated: '2026-04-06T17:13:40.000Z',
      followupType: 'REHASH',
      score: 3,
      followupAction: 'Send the written $185 capacitor quote and offer the maintenance plan again before summer.',
      context: [
        { header: 'MAIN_OBJECTION', value: 'Wants the capacitor quote in writing first.' },
        { header: 'SECONDARY_OBJECTION', value: 'Declined the $14.95/month maintenance plan "for now".' },
      ],
      thinking: 'Medium (3/5): a real, dated need (weak capacitor) and a soft no on the plan.',
    }),
  ],
};
