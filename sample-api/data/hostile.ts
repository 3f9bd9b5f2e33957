// `fault-hostile`: a well-formed recording whose text and URL fields hold what an attacker, a
// broken integration or a real multilingual CRM could put there, every URL field one of the
// hostile URLs. Everything must render as inert text, links must refuse non-http(s) schemes,
// and layout must survive it. Its transcript and summary sections: hostile-conversation.ts.
import type { CrmCustomer, EntityExtraction, Followup, Recording } from '../types.ts';
import { BIDI_OVERRIDE, EMOJI, HOSTILE_URLS, IMG, JS_URL, RTL_ARABIC, RTL_HEBREW, SCRIPT, UNBROKEN, ZALGO } from './hostile-strings.ts';
import { ORGANIZATION_ID, ROOFING, teamFields } from './org.ts';

const customer: CrmCustomer = {
  id: `${IMG}-customer`,
  name: `${IMG} ${RTL_ARABIC} ${EMOJI}`,
  crmUrl: JS_URL,
  customerType: SCRIPT,
  lastActivityAt: '2026-04-30T12:00:00.000Z',
  createdAt: '2026-04-30T12:00:00.000Z',
  updatedAt: '2026-04-30T12:00:00.000Z',
  emailAddress: `"><script>alert(1)</script>@example.com`,
  phoneNumber: 'javascript:alert(1)',
  externalId: `${SCRIPT}${UNBROKEN.slice(0, 200)}`,
  amount: 1e21,
  disposition: IMG,
  matchingSource: 'DIRECT',
  address: `${RTL_HEBREW} ${ZALGO} ${SCRIPT}`,
  organizationId: ORGANIZATION_ID,
  integrationPlatform: 'MERGE',
  integrationName: `${SCRIPT}Salesforce`,
};

function extraction(index: number, name: string, value: NonNullable<EntityExtraction['extraction']>[number]['value']): EntityExtraction {
  const suffix = String(index).padStart(12, '0');
  const mapping = { crmModelName: SCRIPT, crmFieldName: `${IMG}__c` };
  return {
    id: `ebad0000-0000-4000-8000-${suffix}`,
    recordingId: 'fault-hostile',
    siroEntityDefinitionId: `dbad0000-0000-4000-8000-${suffix}`,
    siroEntityDefinitionName: name,
    siroEntityDefinitionDeleted: false,
    status: 'SUCCESS',
    extraction: [{ name, value, mappings: [mapping] }],
    createdAt: '2026-04-30T12:00:00.000Z',
    updatedAt: '2026-04-30T12:00:00.000Z',
    mappings: [mapping],
  };
}

/** One follow-up per hostile URL: its own crmUrl, and its customer's crmUrl the next one. */
function followup(url: string, index: number): Followup {
  return {
    recordingId: 'fault-hostile',
    recordingTitle: SCRIPT,
    repName: `${IMG} ${ROOFING.repName}`,
    repId: ROOFING.userId,
    teamName: RTL_ARABIC,
    teamId: ROOFING.teamId,
    followupId: `fbad0000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    dateCreated: '2026-04-30T12:00:00.000Z',
    followupType: SCRIPT,
    score: 9,
    followupAction: `${SCRIPT} ${UNBROKEN.slice(0, 1_000)}`,
    context: [{ header: IMG, value: `${ZALGO} ${EMOJI}` }],
    updatedAt: '2026-04-30T12:00:00.000Z',
    metadata: [{ [IMG]: SCRIPT }],
    starred: false,
    status: SCRIPT,
    thinking: BIDI_OVERRIDE,
    history: [{ id: 'h1', updatedBy: IMG, updatedByUserId: null, createdAt: '2026-04-30T12:00:00.000Z', note: SCRIPT, status: 'TO_DO' }],
    crmUrl: url,
    crmCustomer: { ...customer, crmUrl: HOSTILE_URLS[(index + 1) % HOSTILE_URLS.length] ?? JS_URL },
    hasFollowupComment: false,
    note: IMG,
    completed: false,
    completedBy: null,
    completedAt: null,
  };
}

/** Markup, RTL, emoji, Zalgo, a bidi override, a script link and a 10,000-character word. */
export const HOSTILE_SUMMARY = [
  `Summary with markup ${SCRIPT} and ${IMG}.`,
  `Arabic: ${RTL_ARABIC}. Hebrew: ${RTL_HEBREW}.`,
  `Emoji: ${EMOJI}. Zalgo: ${ZALGO}. Bidi override: ${BIDI_OVERRIDE}.`,
  `Markdown link [click me](${JS_URL}) and {{constructor.constructor('alert(1)')()}}.`,
  UNBROKEN,
].join('\n');

/** What its signed URL answers: a script URL behind whitespace, where an audio link should be. */
export const HOSTILE_AUDIO_URL = HOSTILE_URLS[2] ?? JS_URL;

export const HOSTILE: Recording = {
  id: 'fault-hostile',
  dateCreated: '2026-04-30T12:00:00.000Z',
  transcriptionStatus: 'COMPLETE',
  processingStatus: 'complete',
  processingStage: 'done',
  ...teamFields(ROOFING),
  title: `${SCRIPT} Roof estimate ${IMG} ${EMOJI}`,
  durationInMilliseconds: 1_800_000,
  deleted: false,
  conversationType: `${IMG} In-home appointment`,
  transcriptionLanguage: 'English',
  universalOutcomeLabel: `${SCRIPT}POSITIVE`,
  summary: HOSTILE_SUMMARY,
  crmCustomer: customer,
  crmOpportunities: HOSTILE_URLS.map((url, index) => ({
    opportunityExternalId: url,
    accountId: customer.id,
    accountName: `${IMG}${RTL_HEBREW}`,
    accountExternalId: SCRIPT,
    disposition: index % 2 === 0 ? SCRIPT : ZALGO,
    closedAt: '2026-04-30T12:00:00.000Z',
    name: index === 0 ? UNBROKEN : `${url} ${index % 2 === 0 ? SCRIPT : EMOJI}`,
    amount: 1234.5 * index,
    integrationName: IMG,
    integrationPlatform: url,
    addresses: [
      {
        street: `${SCRIPT} ${RTL_ARABIC}`,
        city: `${IMG}${ZALGO}`,
        state: EMOJI,
        zip: url,
        country: index === 0 ? UNBROKEN.slice(0, 500) : RTL_HEBREW,
      },
    ],
  })),
  entityExtractions: [
    extraction(1, SCRIPT, IMG),
    extraction(2, `${IMG} links`, HOSTILE_URLS),
    extraction(3, RTL_ARABIC, RTL_HEBREW),
    extraction(4, `${EMOJI} ${ZALGO}`, [EMOJI, ZALGO, 42, true, null]),
    extraction(5, 'Unbroken value', UNBROKEN),
    extraction(6, BIDI_OVERRIDE, `${BIDI_OVERRIDE} ${HOSTILE_URLS[3]}`),
    extraction(7, '__proto__', '{"__proto__":{"polluted":true}}'),
  ],
  evaluationScore: 88,
  followups: HOSTILE_URLS.map(followup),
};
