// The coaching on the sample recordings: a manager (Dana Ruiz, the demo token's user) pins
// comments to real moments of each transcript and the rep answers in the thread. Each moment is
// found by the words of its line, so the times always match the transcript.
import { COMPLETE_SALE_RECORDING_ID, NEGATIVE_RECORDING_ID, NO_CRM_MATCH_RECORDING_ID, SPANISH_RECORDING_ID } from '../ids.ts';
import type { Transcript } from '../types.ts';
import { COMPLETE_SALE_TRANSCRIPT } from './complete-sale-transcript.ts';
import { NEGATIVE_TRANSCRIPT } from './negative-conversation.ts';
import { NO_CRM_MATCH_TRANSCRIPT } from './no-crm-match-conversation.ts';
import { HVAC, ROOFING, SOLAR, type Team } from './org.ts';
import { SPANISH_TRANSCRIPT } from './spanish-transcript.ts';

export type Person = { uid: string; firstName: string; lastName: string; email: string };

/** The manager every writing token belongs to (Siro's tokens are one user's). Not a rep. */
export const MANAGER: Person = {
  uid: 'u-3e8b1d6f-2a4c-4f7e-9b1a-5c3d7e9f1a2b',
  firstName: 'Dana',
  lastName: 'Ruiz',
  email: 'dana.ruiz@keystone.example',
};
/** Another manager, whose private comment nobody else sees. */
export const OTHER_MANAGER: Person = {
  uid: 'u-6f2a4c8e-1b3d-4a5f-8e7c-9d1b3f5a7c9e',
  firstName: 'Tom',
  lastName: 'Brennan',
  email: 'tom.brennan@keystone.example',
};

export function repOf(team: Team): Person {
  const [firstName = '', ...rest] = team.repName.split(' ');
  return { uid: team.userId, firstName, lastName: rest.join(' '), email: `${firstName.toLowerCase()}@keystone.example` };
}

export type StoredAudio = {
  storageId: string;
  extension: string;
  durationInMilliseconds: number;
  textTranscription: string;
  status: string;
};

export type StoredComment = {
  id: string;
  threadId: string;
  recordingId: string;
  commenter: Person;
  dateCreated: string;
  dateUpdated: string;
  start: number;
  end: number;
  text: string;
  audio?: StoredAudio;
  seenByUids: string[];
  unreadUids: string[];
  deleted: boolean;
};

export type StoredThread = {
  id: string;
  recordingId: string;
  createdBy: string;
  dateCreated: string;
  start: number;
  end: number;
  isPrivate: boolean;
  recipients: Person[];
  deleted: boolean;
};

export type CommentsData = { threads: StoredThread[]; comments: StoredComment[]; nextId: number };

/** The line whose words include `words`: its start and end. */
function moment(transcript: Transcript, words: string, through?: string): { start: number; end: number } {
  const find = (needle: string) => {
    const line = transcript.utterances.find((utterance) => utterance.utterance.includes(needle));
    if (!line) throw new Error(`No line says "${needle}"`);
    return line;
  };
  const first = find(words);
  return { start: first.startTimeInMillis, end: (through ? find(through) : first).endTimeInMillis };
}

type Reply = { by: Person; text: string; at: string; audio?: StoredAudio; unreadFor?: Person[] };
type SeedThread = {
  recordingId: string;
  at: { start: number; end: number };
  by: Person;
  text: string;
  when: string;
  private?: boolean;
  recipients?: Person[];
  audio?: StoredAudio;
  replies?: Reply[];
  unreadFor?: Person[];
};

const marcus = repOf(ROOFING);
const priya = repOf(SOLAR);
const luis = repOf(HVAC);

const SEED: SeedThread[] = [
  {
    recordingId: COMPLETE_SALE_RECORDING_ID,
    at: moment(COMPLETE_SALE_TRANSCRIPT, 'What got you to call us?'),
    by: MANAGER,
    text: 'Good open question. Letting her tell the insurance story first is what made the rest of the visit easy.',
    when: '2026-03-03T16:12:00.000Z',
    recipients: [marcus],
    replies: [
      { by: marcus, text: 'Thanks! I try to ask it before I ever go on the roof.', at: '2026-03-03T17:40:00.000Z', unreadFor: [MANAGER] },
    ],
  },
  {
    recordingId: COMPLETE_SALE_RECORDING_ID,
    at: moment(COMPLETE_SALE_TRANSCRIPT, 'I have no idea what that means'),
    by: MANAGER,
    text: 'Here she lost you. Say "the wood under the shingles is soft" instead of decking, and show her the photo.',
    when: '2026-03-03T16:15:00.000Z',
    recipients: [marcus],
    replies: [
      {
        by: marcus,
        text: '',
        at: '2026-03-04T08:05:00.000Z',
        audio: {
          storageId: 'voice-marcus-decking',
          extension: 'wav',
          durationInMilliseconds: 7_000,
          textTranscription: 'Fair point. I will bring the tablet up on the roof next time and show the soft spots right there.',
          status: 'uploaded',
        },
      },
    ],
  },
  {
    recordingId: COMPLETE_SALE_RECORDING_ID,
    at: moment(COMPLETE_SALE_TRANSCRIPT, 'We said somewhere between fifteen and twenty thousand'),
    by: MANAGER,
    text: 'Budget came out late. Ask it before the three options next time: see the coaching guide https://keystone.example/coaching/budget',
    when: '2026-03-03T16:21:00.000Z',
    recipients: [marcus],
    unreadFor: [marcus],
  },
  {
    recordingId: COMPLETE_SALE_RECORDING_ID,
    at: moment(COMPLETE_SALE_TRANSCRIPT, 'Your gutters on the back are pulling away'),
    by: MANAGER,
    text: 'Note to self: use this gutter cross-sell in Thursday’s team meeting.',
    when: '2026-03-03T16:25:00.000Z',
    private: true,
  },
  {
    recordingId: COMPLETE_SALE_RECORDING_ID,
    at: moment(COMPLETE_SALE_TRANSCRIPT, 'Good is GAF Timberline HDZ'),
    by: OTHER_MANAGER,
    text: 'Private note from another manager: nobody but its author sees it.',
    when: '2026-03-03T18:00:00.000Z',
    private: true,
  },
  {
    recordingId: NEGATIVE_RECORDING_ID,
    at: moment(NEGATIVE_TRANSCRIPT, 'Thirty-one thousand? That is a lot more than I expected.'),
    by: MANAGER,
    text: 'The price landed before the savings did. Lead with the monthly bill comparison, then the total.',
    when: '2026-03-10T15:00:00.000Z',
    recipients: [priya],
    replies: [{ by: priya, text: 'Agreed. I jumped to the system size too fast.', at: '2026-03-10T19:30:00.000Z' }],
  },
  {
    recordingId: NEGATIVE_RECORDING_ID,
    at: moment(NEGATIVE_TRANSCRIPT, 'Would it help if I came back once you know more about Denver?'),
    by: MANAGER,
    text: 'Offering to come back was the right call: the move was the real objection.',
    when: '2026-03-10T15:04:00.000Z',
    recipients: [priya],
  },
  {
    recordingId: SPANISH_RECORDING_ID,
    at: moment(SPANISH_TRANSCRIPT, 'Se puede, pero su equipo usa R-22'),
    by: MANAGER,
    text: 'Buena explicación del R-22: clara y sin asustar a la clienta.',
    when: '2026-03-12T14:00:00.000Z',
    recipients: [luis],
    replies: [{ by: luis, text: '¡Gracias, Dana!', at: '2026-03-12T16:10:00.000Z' }],
  },
  {
    recordingId: NO_CRM_MATCH_RECORDING_ID,
    at: moment(NO_CRM_MATCH_TRANSCRIPT, 'Those are granules from your shingles.', 'Have you called your insurance company yet?'),
    by: MANAGER,
    text: 'Showing the granules in the downspout is the best proof on a door knock. Keep doing it.',
    when: '2026-03-14T13:00:00.000Z',
    recipients: [marcus],
  },
];

/** The sample's comments as first served, and after `--reset`. */
export function seedComments(): CommentsData {
  const threads: StoredThread[] = [];
  const comments: StoredComment[] = [];
  SEED.forEach((seed, index) => {
    const threadId = `thread-seed-${index + 1}`;
    threads.push({
      id: threadId,
      recordingId: seed.recordingId,
      createdBy: seed.by.uid,
      dateCreated: seed.when,
      start: seed.at.start,
      end: seed.at.end,
      isPrivate: seed.private ?? false,
      recipients: seed.recipients ?? [],
      deleted: false,
    });
    const entries: Reply[] = [{ by: seed.by, text: seed.text, at: seed.when, unreadFor: seed.unreadFor }, ...(seed.replies ?? [])];
    entries.forEach((entry, position) => {
      const everyone = [seed.by, ...(seed.recipients ?? [])].filter((person) => person.uid !== entry.by.uid);
      const unread = (entry.unreadFor ?? []).map((person) => person.uid);
      comments.push({
        id: `comment-seed-${index + 1}-${position + 1}`,
        threadId,
        recordingId: seed.recordingId,
        commenter: entry.by,
        dateCreated: entry.at,
        dateUpdated: entry.at,
        start: seed.at.start,
        end: seed.at.end,
        text: entry.text,
        ...(entry.audio ? { audio: entry.audio } : {}),
        seenByUids: [entry.by.uid, ...everyone.map((person) => person.uid).filter((uid) => !unread.includes(uid))],
        unreadUids: unread,
        deleted: false,
      });
    });
  });
  return { threads, comments, nextId: 1 };
}
