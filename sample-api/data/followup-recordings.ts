// The follow-up queue needs more than the sample recordings' nine follow-ups: 44 short recordings
// across seven reps and five teams, each with one follow-up, every type, score and status, with
// the revenue each could bring. Generated from a seeded PRNG, so every run answers the same bytes.
import type { CrmCustomer, Followup, FollowupStatus, Recording } from '../types.ts';
import { suggestedFollowup } from './followup-builder.ts';
import { HVAC, ORGANIZATION_ID, ROOFING, salesforceUrl, SOLAR, WINDOWS, WINDOWS_MONTREAL, type Team } from './org.ts';
import { prng } from './prng.ts';

export const GENERATED_FOLLOWUP_COUNT = 44;

/** A second rep on the two biggest teams, so "several reps" holds within a team too. */
const ROOFING_SECOND: Team = { ...ROOFING, userId: 'u-8d0f2b4c-6e8a-4c1d-9f3b-5d7f9b1d3f5a', repName: 'Kayla Brooks' };
const SOLAR_SECOND: Team = { ...SOLAR, userId: 'u-3f5b7d9e-1a3c-4e6b-8d0f-2b4d6f8a0c2e', repName: 'Jamal Carter' };
const REPS: readonly Team[] = [ROOFING, ROOFING_SECOND, SOLAR, SOLAR_SECOND, HVAC, WINDOWS, WINDOWS_MONTREAL];

const TRADE: ReadonlyMap<Team, string> = new Map([
  [ROOFING, 'roofing'],
  [ROOFING_SECOND, 'roofing'],
  [SOLAR, 'solar'],
  [SOLAR_SECOND, 'solar'],
  [HVAC, 'hvac'],
  [WINDOWS, 'windows'],
  [WINDOWS_MONTREAL, 'windows'],
]);

const CONVERSATION_TYPES = ['In-home appointment', 'Door knock', 'Follow-up visit'] as const;
const SURNAMES = [
  'Alvarez',
  'Bennett',
  'Chen',
  'Dubois',
  'Eriksen',
  'Fontaine',
  'Garza',
  'Hughes',
  'Ibarra',
  'Jensen',
  'Kowalski',
  'Lambert',
];

const ACTIONS: Record<string, { rehash: string[]; crossSell: string[] }> = {
  roofing: {
    rehash: [
      'Call back with the financing option they asked about before deciding on the roof.',
      'Send the revised quote without the skylight replacement.',
    ],
    crossSell: ['Quote seamless gutters with guards for the same install day.', 'Offer attic ventilation with the new roof.'],
  },
  solar: {
    rehash: [
      'Revisit the proposal with the 25-year loan after the utility bill review.',
      'Book a second visit with both homeowners present.',
    ],
    crossSell: ['Add a battery to the proposal for outage backup.', 'Quote an EV charger circuit with the panel work.'],
  },
  hvac: {
    rehash: ['Follow up on the heat pump quote once the rebate is confirmed.', 'Call back after they compare the two system sizes.'],
    crossSell: ['Offer the maintenance plan with the new system.', 'Quote duct sealing for the attic runs.'],
  },
  windows: {
    rehash: ['Send the quote for the six front windows only, as asked.', 'Call back after the HOA approves the frame colour.'],
    crossSell: ['Quote the patio door in the same series.', 'Offer storm doors for both entrances.'],
  },
};

const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
const STATUSES: readonly FollowupStatus[] = ['TO_DO', 'IN_PROGRESS', 'COMPLETE'];

export type GeneratedFollowupRecording = { recording: Recording; followup: Followup; potentialRevenue: number };

function generate(index: number, random: () => number): GeneratedFollowupRecording {
  const rep = pick(REPS, index);
  const trade = TRADE.get(rep) ?? 'roofing';
  const surname = pick(SURNAMES, index * 5 + 3);
  const recordingId = `f0110000-0000-4000-8000-${hex(index + 1, 12)}`;
  // From March 2 to late April 2026, about a day and a half apart, at working hours.
  const created = new Date(Date.UTC(2026, 2, 2, 14 + (index % 6), (index * 17) % 60) + index * 36 * 3_600_000);
  const dateCreated = created.toISOString();
  const followupType = index % 3 === 0 ? 'REHASH' : 'CROSS_SELL';
  const score = 1 + Math.floor(random() * 5);
  const status = pick(STATUSES, index * 7 + Math.floor(random() * 3));
  const title = `${surname} – ${trade === 'hvac' ? 'HVAC' : trade} ${followupType === 'REHASH' ? 'consultation' : 'estimate'}`;
  const customer: CrmCustomer | null =
    index % 9 === 4
      ? null
      : {
          id: `c0110000-0000-4000-8000-${hex(index + 1, 12)}`,
          name: `${pick(['Ana', 'Ben', 'Chloé', 'David', 'Emma', 'Farid', 'Grace', 'Hiro'], index)} ${surname}`,
          crmUrl: salesforceUrl('Account', `001Hs0000${hex(index + 1, 6).toUpperCase()}AAA`),
          customerType: 'ACCOUNT',
          createdAt: dateCreated,
          updatedAt: dateCreated,
          matchingSource: 'DIRECT',
          organizationId: ORGANIZATION_ID,
          integrationPlatform: 'MERGE',
          integrationName: 'Salesforce',
        };
  const actions = ACTIONS[trade] ?? ACTIONS.roofing!;
  const followupAction = pick(followupType === 'REHASH' ? actions.rehash : actions.crossSell, index);
  const potentialRevenue = Math.round((followupType === 'REHASH' ? 8_000 + random() * 30_000 : 600 + random() * 6_000) / 50) * 50;
  const followupId = `f0ff0000-0000-4000-8000-${hex(index + 1, 12)}`;
  const base = suggestedFollowup(rep, recordingId, title, customer, {
    followupId,
    dateCreated,
    followupType,
    score,
    followupAction,
    context: [{ header: 'FOLLOW_UP_TIME', value: `Within ${1 + (index % 3)} weeks.` }],
    thinking: `Score ${score} of 5 from how firmly the homeowner asked for it.`,
  });
  const worked = status === 'TO_DO' ? {} : workedFields(base, status, rep, created);
  const followup: Followup = {
    ...base,
    ...worked,
    metadata: [{ source: 'siro-followups', trade, potentialRevenue: String(potentialRevenue) }],
    starred: index % 5 === 1,
  };
  const conversationType = pick(CONVERSATION_TYPES, index * 3 + 1);
  const recording: Recording = {
    id: recordingId,
    dateCreated,
    deleted: false,
    transcriptionStatus: 'COMPLETE',
    processingStatus: 'complete',
    processingStage: 'done',
    organizationId: ORGANIZATION_ID,
    teamId: rep.teamId,
    userId: rep.userId,
    title,
    durationInMilliseconds: (18 + ((index * 7) % 50)) * 60_000,
    conversationType,
    transcriptionLanguage: rep === WINDOWS_MONTREAL ? 'French' : 'English',
    universalOutcomeLabel: followupType === 'REHASH' ? 'NEGATIVE' : 'POSITIVE',
    summary: `${rep.repName} met ${customer?.name ?? 'the homeowner'} about ${trade === 'hvac' ? 'HVAC' : trade} work. ${followupAction}`,
    crmCustomer: customer,
    crmOpportunities: [],
    entityExtractions: [],
    evaluationScore: 55 + ((index * 13) % 45),
    followups: [followup],
  };
  return { recording, followup, potentialRevenue };
}

function workedFields(base: Followup, status: FollowupStatus, rep: Team, created: Date): Partial<Followup> {
  const at = new Date(created.getTime() + 26 * 3_600_000).toISOString();
  const complete = status === 'COMPLETE';
  return {
    status,
    updatedAt: at,
    completed: complete,
    completedBy: complete ? rep.repName : null,
    completedAt: complete ? at : null,
    history: [
      ...(base.history ?? []),
      { id: `${base.followupId}-h2`, updatedBy: rep.repName, updatedByUserId: rep.userId, createdAt: at, status },
    ],
  };
}

export const GENERATED_FOLLOWUP_RECORDINGS: readonly GeneratedFollowupRecording[] = (() => {
  const random = prng(0x5eed_f011);
  return Array.from({ length: GENERATED_FOLLOWUP_COUNT }, (_, index) => generate(index, random));
})();
