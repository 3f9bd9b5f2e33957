// 3, 5, 6 and 9: recordings that differ from the complete sale in one way each: deleted,
// lost (NEGATIVE), not matched to any CRM record, and French with a NEUTRAL outcome and no title.
import { DELETED_RECORDING_ID, FRENCH_NEUTRAL_RECORDING_ID, NEGATIVE_RECORDING_ID, NO_CRM_MATCH_RECORDING_ID } from '../ids.ts';
import type { CrmCustomer, CrmMapping, EntityExtraction, ExtractionItem, Followup, Recording } from '../types.ts';
import { suggestedFollowup, type FollowupFields } from './followup-builder.ts';
import { ORGANIZATION_ID, ROOFING, salesforceUrl, SOLAR, teamFields, WINDOWS, WINDOWS_MONTREAL, type Team } from './org.ts';

/** One single-item extraction, the common case. `prefix` keeps ids unique per recording. */
function extractions(
  prefix: string,
  recordingId: string,
  createdAt: string,
  items: [string, ExtractionItem['value'], CrmMapping][],
): EntityExtraction[] {
  return items.map(([name, value, mapping], index) => {
    const suffix = String(index + 1).padStart(12, '0');
    return {
      id: `${prefix}00000-0000-4000-8000-${suffix}`,
      recordingId,
      siroEntityDefinitionId: `d${prefix.slice(1)}00000-0000-4000-9000-${suffix}`,
      siroEntityDefinitionName: name,
      siroEntityDefinitionDeleted: false,
      status: 'SUCCESS',
      extraction: [{ name, value, mappings: [mapping] }],
      createdAt,
      updatedAt: createdAt,
      mappings: [mapping],
    };
  });
}

const sf = (crmModelName: string, crmFieldName: string): CrmMapping => ({ crmModelName, crmFieldName });

function rehash(
  team: Team,
  recordingId: string,
  title: string | null,
  customer: CrmCustomer,
  fields: Omit<FollowupFields, 'followupType'>,
): Followup {
  return suggestedFollowup(team, recordingId, title, customer, { ...fields, followupType: 'REHASH' });
}

// 3. Deleted by the rep after the visit: the transcript is gone, the CRM link is not.
const moralesCustomer: CrmCustomer = {
  id: '3c5e7a9b-1d3f-4a5c-8e7a-9c1e3a5c7e9a',
  name: 'Hector Morales',
  crmUrl: salesforceUrl('Account', '001Hs00003MnQrSIAV'),
  customerType: 'ACCOUNT',
  lastActivityAt: '2026-03-18T17:40:00.000Z',
  createdAt: '2026-02-26T16:03:12.000Z',
  updatedAt: '2026-03-19T09:12:44.000Z',
  emailAddress: 'hmorales@example.com',
  phoneNumber: '+1 (817) 555-0162',
  externalId: '001Hs00003MnQrSIAV',
  amount: 11240,
  disposition: 'OPEN',
  matchingSource: 'DIRECT',
  address: '908 Sandstone Court, Fort Worth, TX 76116',
  organizationId: ORGANIZATION_ID,
  integrationPlatform: 'MERGE',
  integrationName: 'Salesforce',
};

export const DELETED: Recording = {
  id: DELETED_RECORDING_ID,
  dateCreated: '2026-03-18T16:52:31.000Z',
  transcriptionStatus: 'REMOVED',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(WINDOWS),
  title: 'Morales – window follow-up visit',
  durationInMilliseconds: 1_934_500,
  deleted: true,
  conversationType: 'Follow-up visit',
  transcriptionLanguage: 'English',
  universalOutcomeLabel: null,
  summary: null,
  crmCustomer: moralesCustomer,
  crmOpportunities: [
    {
      opportunityExternalId: '006Hs00001MnQ7rIAF',
      accountId: moralesCustomer.id,
      accountName: 'Hector Morales',
      accountExternalId: '001Hs00003MnQrSIAV',
      disposition: 'Open',
      closedAt: null,
      name: 'Morales – 8 Double-Hung Vinyl Windows',
      amount: 11240,
      integrationName: 'Salesforce',
      integrationPlatform: 'salesforce',
      addresses: [{ street: '908 Sandstone Court', city: 'Fort Worth', state: 'TX', zip: '76116', country: 'USA' }],
    },
  ],
  entityExtractions: [],
  evaluationScore: null,
  followups: [],
};

// 5. A solar consultation lost on price, trust and timing.
const okafor: CrmCustomer = {
  id: '7b9d1f3a-5c7e-4b9d-a1f3-5c7e9b1d3f5a',
  name: 'Grace Okafor',
  crmUrl: salesforceUrl('Lead', '00QHs00000pLkY7MAK'),
  customerType: 'LEAD',
  lastActivityAt: '2026-04-09T01:47:00.000Z',
  createdAt: '2026-04-03T20:15:09.000Z',
  updatedAt: '2026-04-09T01:49:30.000Z',
  closedAt: '2026-04-09T01:47:00.000Z',
  emailAddress: 'grace.okafor@example.com',
  phoneNumber: '+1 (737) 555-0110',
  externalId: '00QHs00000pLkY7MAK',
  amount: 29400,
  disposition: 'LOST',
  recordingId: NEGATIVE_RECORDING_ID,
  lastRecordingDate: '2026-04-08T23:58:02.000Z',
  numRecordings: 1,
  matchingSource: 'DIRECT',
  address: '5310 Cedar Elm Drive, Pflugerville, TX 78660',
  organizationId: ORGANIZATION_ID,
  integrationConnectionId: 'ic-5a7c9e1b-salesforce',
  integrationPlatform: 'MERGE',
  integrationName: 'Salesforce',
};

export const NEGATIVE: Recording = {
  id: NEGATIVE_RECORDING_ID,
  dateCreated: '2026-04-08T23:58:02.000Z',
  transcriptionStatus: 'COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(SOLAR),
  title: 'Okafor – solar + battery consultation',
  durationInMilliseconds: 3_862_700,
  deleted: false,
  conversationType: 'In-home appointment',
  transcriptionLanguage: 'English',
  universalOutcomeLabel: 'NEGATIVE',
  summary:
    'Priya Natarajan presented a 9.6 kW system with one Powerwall to Grace and Samuel Okafor in Pflugerville, quoted at $31,800 before the 30% federal credit. ' +
    'The Okafors objected first to price, then to trust: a neighbor is still in a lien dispute with another installer, and Samuel asked twice who services the system if Keystone stops selling solar. ' +
    'Priya offered a 5% same-day discount ($29,400) and a 25-year production guarantee, but Samuel said they may relocate for work within three years and did not want a loan on the house. ' +
    'They declined to schedule a second visit and asked not to be called for at least six months; they mentioned a cheaper Sunrun lease offer.',
  crmCustomer: okafor,
  crmOpportunities: [
    {
      opportunityExternalId: '006Hs00001PqR3sIAF',
      accountId: okafor.id,
      accountName: 'Grace Okafor',
      accountExternalId: null,
      disposition: 'Closed Lost',
      closedAt: '2026-04-09T01:47:00.000Z',
      name: 'Okafor – 9.6 kW Solar + Powerwall',
      amount: 29400,
      integrationName: 'Salesforce',
      integrationPlatform: 'salesforce',
      addresses: [{ street: '5310 Cedar Elm Drive', city: 'Pflugerville', state: 'TX', zip: '78660', country: 'USA' }],
    },
  ],
  entityExtractions: extractions('e5a', NEGATIVE_RECORDING_ID, '2026-04-09T00:51:13.000Z', [
    ['Objection reason', ['Price', 'Distrust of solar installers', 'May move within 3 years'], sf('Opportunity', 'Objection_Reason__c')],
    ['Budget', null, sf('Opportunity', 'Budget__c')],
    ['Monthly electric bill', 185, sf('Lead', 'Avg_Electric_Bill__c')],
    ['Financing interest', false, sf('Opportunity', 'Financing_Interest__c')],
    ['Decision makers', ['Grace Okafor', 'Samuel Okafor'], sf('Opportunity', 'Decision_Makers__c')],
    ['Next appointment date', null, sf('Opportunity', 'Next_Appointment__c')],
    ['Competitor mentioned', 'Sunrun (lease offer)', sf('Opportunity', 'Competitor__c')],
  ]),
  evaluationScore: 54,
  followups: [
    rehash(SOLAR, NEGATIVE_RECORDING_ID, 'Okafor – solar + battery consultation', okafor, {
      followupId: 'f5a1b2c3-d4e5-4f60-9a1b-2c3d4e5f6a71',
      dateCreated: '2026-04-09T00:52:40.000Z',
      score: 2,
      followupAction: 'Check in after October with the service-guarantee one-pager and a lease comparison.',
      context: [
        { header: 'MAIN_OBJECTION', value: "Distrust after a neighbor's lien dispute with another installer." },
        { header: 'SECONDARY_OBJECTION', value: 'May relocate for work within three years.' },
        { header: 'FIRST_PRICE_QUOTE', value: '$31,800 before the federal credit.' },
        { header: 'FINAL_PRICE_QUOTE', value: '$29,400 after the 5% same-day discount.' },
      ],
      thinking: 'Low (2/5): two objections were never resolved and the customer asked for six months without calls.',
    }),
  ],
};

// 6. A door knock with no CRM match: Siro answers a NOT_FOUND customer with almost nothing in it.
export const NO_CRM_MATCH: Recording = {
  id: NO_CRM_MATCH_RECORDING_ID,
  dateCreated: '2026-04-14T15:27:50.000Z',
  transcriptionStatus: 'COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(ROOFING),
  title: 'Door knock – Preston Hollow hail canvass',
  durationInMilliseconds: 268_900,
  deleted: false,
  conversationType: 'Door knock',
  transcriptionLanguage: 'English',
  universalOutcomeLabel: 'POSITIVE',
  summary:
    'Marcus Bell canvassed the street after the April 12 hailstorm and spoke with a homeowner who did not give a last name. ' +
    'She had noticed dented gutters and granules in the downspouts but had not called her insurer. ' +
    'Marcus offered a free inspection and she agreed to Saturday morning; no CRM record existed for the address yet.',
  crmCustomer: {
    id: 'nf-6c8e0a2b-4d6f-4a8c-9e0a-2b4d6f8a0c2e',
    name: null,
    matchingSource: 'NOT_FOUND',
    externalId: null,
    emailAddress: null,
    phoneNumber: null,
    createdAt: '2026-04-14T15:31:02.000Z',
    updatedAt: '2026-04-14T15:31:02.000Z',
    organizationId: ORGANIZATION_ID,
    integrationPlatform: null,
    integrationName: null,
  },
  crmOpportunities: [],
  entityExtractions: extractions('e6a', NO_CRM_MATCH_RECORDING_ID, '2026-04-14T15:36:44.000Z', [
    ['Storm damage noticed', ['Dented gutters', 'Granules in downspouts'], sf('Lead', 'Damage_Noticed__c')],
    ['Insurance claim filed', false, sf('Lead', 'Claim_Filed__c')],
    ['Next appointment date', '2026-04-18T09:00:00-05:00', sf('Event', 'StartDateTime')],
  ]),
  evaluationScore: 67,
  followups: [
    suggestedFollowup(ROOFING, NO_CRM_MATCH_RECORDING_ID, 'Door knock – Preston Hollow hail canvass', null, {
      followupId: 'f6a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a76',
      dateCreated: '2026-04-14T15:37:05.000Z',
      followupType: 'CROSS_SELL',
      score: 3,
      followupAction: "At Saturday's inspection, photograph the dented front gutters and quote seamless replacements with the roof.",
      context: [
        { header: 'MAIN_OBJECTION', value: 'Not sure a claim is worth filing.' },
        { header: 'FOLLOW_UP_TIME', value: 'Saturday, April 18 at 9 am.' },
      ],
      thinking: 'Medium (3/5): visible gutter damage and an inspection booked, but no contact details yet.',
    }),
  ],
};

// 9. French, NEUTRAL, and Siro produced no title.
const tremblay: CrmCustomer = {
  id: '1f3b5d7a-9c1e-4f3b-85d7-a9c1e3f5b7d9',
  name: 'Sophie Tremblay',
  crmUrl: 'https://app.hubspot.com/contacts/24681357/record/0-1/51234567890',
  customerType: 'CONTACT',
  lastActivityAt: '2026-04-17T00:20:00.000Z',
  createdAt: '2026-04-10T13:44:19.000Z',
  updatedAt: '2026-04-17T00:22:05.000Z',
  emailAddress: 'sophie.tremblay@example.ca',
  phoneNumber: '+1 514-555-0139',
  externalId: '51234567890',
  amount: 14200,
  disposition: 'OPEN',
  matchingSource: 'DIRECT',
  address: '4521 rue de Brébeuf, Montréal, QC H2J 3L1',
  organizationId: ORGANIZATION_ID,
  integrationPlatform: 'MERGE',
  integrationName: 'HubSpot',
};

export const FRENCH_NEUTRAL: Recording = {
  id: FRENCH_NEUTRAL_RECORDING_ID,
  dateCreated: '2026-04-16T22:41:37.000Z',
  transcriptionStatus: 'COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(WINDOWS_MONTREAL),
  title: null,
  durationInMilliseconds: 2_715_400,
  deleted: false,
  conversationType: 'In-home appointment',
  transcriptionLanguage: 'French',
  universalOutcomeLabel: 'NEUTRAL',
  summary:
    "Élodie Gagnon a rencontré Sophie Tremblay à son duplex du Plateau pour remplacer douze fenêtres à guillotine d'origine, très givrées l'hiver. " +
    'Elle a proposé des fenêtres hybrides PVC-aluminium à triple vitrage pour 14 200 $, pose incluse, et a expliqué la subvention Rénoclimat. ' +
    "Mme Tremblay trouve le prix raisonnable mais doit obtenir l'accord de la copropriétaire du rez-de-chaussée, et veut attendre la fin de l'évaluation énergétique prévue en mai. " +
    "Aucune décision n'a été prise; Élodie la rappellera après l'évaluation.",
  crmCustomer: tremblay,
  crmOpportunities: [
    {
      opportunityExternalId: '18273645901',
      accountId: tremblay.id,
      accountName: 'Sophie Tremblay',
      accountExternalId: '51234567890',
      disposition: 'Open',
      closedAt: null,
      name: 'Tremblay – Remplacement de 12 fenêtres',
      amount: 14200,
      integrationName: 'HubSpot',
      integrationPlatform: 'hubspot',
      addresses: [{ street: '4521 rue de Brébeuf', city: 'Montréal', state: 'QC', zip: 'H2J 3L1', country: 'Canada' }],
    },
  ],
  entityExtractions: extractions('e9a', FRENCH_NEUTRAL_RECORDING_ID, '2026-04-16T23:30:12.000Z', [
    ['Objection reason', "Attend l'accord de la copropriétaire et l'évaluation énergétique", sf('Deal', 'objection_reason')],
    ['Budget', 15000, sf('Deal', 'budget')],
    ['Decision makers', ['Sophie Tremblay', 'Copropriétaire du rez-de-chaussée'], sf('Deal', 'decision_makers')],
    ['Number of windows', 12, sf('Deal', 'window_count')],
    ['Financing interest', false, sf('Deal', 'financing_interest')],
    ['Next appointment date', '2026-05-20', sf('Deal', 'next_appointment')],
  ]),
  evaluationScore: 72,
  followups: [
    rehash(WINDOWS_MONTREAL, FRENCH_NEUTRAL_RECORDING_ID, null, tremblay, {
      followupId: 'f9a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a79',
      dateCreated: '2026-04-16T23:31:00.000Z',
      score: 3,
      followupAction: "Rappeler Mme Tremblay après l'évaluation énergétique (fin mai).",
      context: [
        { header: 'MAIN_OBJECTION', value: "Doit obtenir l'accord de la copropriétaire." },
        { header: 'FOLLOW_UP_TIME', value: "Après l'évaluation Rénoclimat, vers le 20 mai." },
        { header: 'FIRST_PRICE_QUOTE', value: '14 200 $ pose incluse.' },
      ],
      thinking: "Moyen (3/5) : prix accepté, mais la décision dépend d'une tierce personne.",
    }),
  ],
};
