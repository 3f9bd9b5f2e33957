// A follow-up as Siro suggests it right after a recording: open, not starred, one history entry.
// The fields that make each one different (type, score, action, context, reasoning) are given.
import type { CrmCustomer, Followup } from '../types.ts';
import type { Team } from './org.ts';

export type FollowupFields = Pick<
  Followup,
  'followupId' | 'dateCreated' | 'followupType' | 'score' | 'followupAction' | 'context' | 'thinking'
>;

export function suggestedFollowup(
  team: Team,
  recordingId: string,
  title: string | null,
  customer: CrmCustomer | null,
  fields: FollowupFields,
): Followup {
  return {
    recordingId,
    recordingTitle: title,
    repName: team.repName,
    repId: team.userId,
    teamName: team.teamName,
    teamId: team.teamId,
    updatedAt: fields.dateCreated,
    metadata: [],
    starred: false,
    status: 'TO_DO',
    history: [
      {
        id: `${fields.followupId}-h1`,
        updatedBy: 'Siro',
        updatedByUserId: null,
        createdAt: fields.dateCreated,
        note: 'Follow-up created from the recording.',
        status: 'TO_DO',
      },
    ],
    crmUrl: customer?.crmUrl ?? null,
    crmCustomer: customer,
    hasFollowupComment: false,
    note: null,
    completed: false,
    completedBy: null,
    completedAt: null,
    ...fields,
  };
}
