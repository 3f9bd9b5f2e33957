// A recording's outcome, as a manager corrects it: `GET /v1/core/recordings/{id}/outcomes` (the
// catalogue of the recording's conversation type and what is selected) and `PATCH` with
// `{ selectedCustomLabels }`. Selections a PATCH made are kept in the persisted state under
// `outcomes` (by recording id); the detail endpoint's `universalOutcomeLabel` follows them.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { readJsonBody, sendJson, sendRecordingNotFound, sendValidationError } from './http-utils.ts';
import type { RecordingStore } from './recordings.ts';
import type { Route } from './server.ts';
import type { SampleState } from './state.ts';
import type { JsonValue, Recording } from './types.ts';

const STATE_KEY = 'outcomes';

type Universal = 'POSITIVE' | 'NEGATIVE' | 'NEUTRAL';
export type PossibleOutcome = { customLabel: string; universalLabel: Universal; description: string };

const outcome = (customLabel: string, universalLabel: Universal, description: string): PossibleOutcome => ({
  customLabel,
  universalLabel,
  description,
});

/** Each conversation type's outcomes, as an organisation configures them in Siro. */
const CATALOGUE: Record<string, PossibleOutcome[]> = {
  'In-home appointment': [
    outcome('Sold', 'POSITIVE', 'The homeowner signed at the visit.'),
    outcome('Sold – financing pending', 'POSITIVE', 'Signed, subject to the loan being approved.'),
    outcome('Follow-up booked', 'NEUTRAL', 'No decision yet; a next visit or call is on the calendar.'),
    outcome('Thinking it over', 'NEUTRAL', 'No decision and no next step agreed.'),
    outcome('Lost – price', 'NEGATIVE', 'Turned down mainly on price.'),
    outcome('Lost – competitor', 'NEGATIVE', 'Chose another company.'),
  ],
  'Door knock': [
    outcome('Appointment set', 'POSITIVE', 'An in-home appointment was booked.'),
    outcome('Come back later', 'NEUTRAL', 'Interested, but not now.'),
    outcome('Not interested', 'NEGATIVE', 'Declined at the door.'),
  ],
  'Follow-up visit': [
    outcome('Closed', 'POSITIVE', 'The deal was signed on this visit.'),
    outcome('Still deciding', 'NEUTRAL', 'Another follow-up is needed.'),
    outcome('Lost', 'NEGATIVE', 'The homeowner decided against it.'),
  ],
  'Site survey': [
    outcome('Design approved', 'POSITIVE', 'The survey confirmed the design; install can be scheduled.'),
    outcome('Redesign needed', 'NEUTRAL', 'The survey found something the design must change for.'),
    outcome('Not feasible', 'NEGATIVE', 'The site cannot take the system.'),
  ],
  'Maintenance visit': [
    outcome('Plan sold', 'POSITIVE', 'The homeowner joined the maintenance plan.'),
    outcome('Serviced only', 'NEUTRAL', 'The visit was done; nothing more was sold.'),
    outcome('Declined repair', 'NEGATIVE', 'A needed repair was turned down.'),
  ],
};

const GENERIC: PossibleOutcome[] = [
  outcome('Won', 'POSITIVE', 'The conversation reached its goal.'),
  outcome('Open', 'NEUTRAL', 'No decision yet.'),
  outcome('Lost', 'NEGATIVE', 'The conversation did not reach its goal.'),
];

export function possibleOutcomes(conversationType: string | null | undefined): PossibleOutcome[] {
  return CATALOGUE[conversationType ?? ''] ?? GENERIC;
}

type Stored = Record<string, { selectedCustomLabels: string[] }>;

function stored(state: SampleState): Stored {
  return state.read<JsonValue>(STATE_KEY, () => ({})) as Stored;
}

/** Positive wins over neutral, neutral over negative: one signed deal makes the conversation a success. */
export function universalFor(selected: readonly string[], possible: readonly PossibleOutcome[]): Universal | null {
  const labels = new Set(possible.filter((item) => selected.includes(item.customLabel)).map((item) => item.universalLabel));
  for (const label of ['POSITIVE', 'NEUTRAL', 'NEGATIVE'] as const) if (labels.has(label)) return label;
  return null;
}

function outcomesOf(recording: Recording, state: SampleState) {
  const possible = possibleOutcomes(recording.conversationType);
  const chosen = stored(state)[recording.id];
  if (chosen) {
    return {
      possibleOutcomes: possible,
      selectedCustomLabels: chosen.selectedCustomLabels,
      universalOutcomeLabel: universalFor(chosen.selectedCustomLabels, possible),
      edited: true,
    };
  }
  // As Siro extracted it: the first label of the recording's universal outcome.
  const extracted = possible.find((item) => item.universalLabel === recording.universalOutcomeLabel);
  return {
    possibleOutcomes: possible,
    selectedCustomLabels: extracted ? [extracted.customLabel] : [],
    universalOutcomeLabel: extracted ? extracted.universalLabel : null,
    edited: false,
  };
}

/** Whether a person chose the recording's outcome (the document's `manuallyEdited`). */
export const isOutcomeEdited = (recordingId: string, state: SampleState): boolean => Object.hasOwn(stored(state), recordingId);

/** The recording with the outcome a manager chose, for the detail and document endpoints. */
export function withCurrentOutcome(recording: Recording, state: SampleState): Recording {
  const chosen = stored(state)[recording.id];
  if (!chosen) return recording;
  return { ...recording, universalOutcomeLabel: universalFor(chosen.selectedCustomLabels, possibleOutcomes(recording.conversationType)) };
}

type Context = { store: RecordingStore; state: SampleState };

const envelope = (data: unknown) => ({ data, cursor: null, pageSize: 1, limit: 1, total: 1, hasNextPage: false });

export function getOutcomes(id: string, _req: IncomingMessage, res: ServerResponse, context: Context) {
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  sendJson(res, 200, envelope(outcomesOf(recording, context.state)));
}

export async function updateOutcomes(id: string, req: IncomingMessage, res: ServerResponse, context: Context) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  const possible = possibleOutcomes(recording.conversationType);
  const selected = body.selectedCustomLabels;
  if (!Array.isArray(selected) || selected.some((label) => typeof label !== 'string')) {
    return sendValidationError(res, [
      {
        code: 'invalid_type',
        path: ['selectedCustomLabels'],
        message: 'Expected an array of strings',
        expected: 'array',
        received: typeof selected,
      },
    ]);
  }
  const unknown = (selected as string[]).filter((label) => !possible.some((item) => item.customLabel === label));
  if (unknown.length) {
    return sendValidationError(
      res,
      unknown.map((label) => ({
        code: 'invalid_enum_value',
        path: ['selectedCustomLabels'],
        message: `Not an outcome of this conversation type: ${label}`,
      })),
    );
  }
  if (id === 'fault-write-500') return sendJson(res, 500, { error: 'Internal server error' });
  const labels = [...new Set(selected as string[])];
  if (id === 'fault-write-changed-elsewhere') {
    // A coach picked another outcome a moment ago: the answer is theirs, not what was sent.
    const theirs = possible.find((item) => !labels.includes(item.customLabel) && item.universalLabel === 'NEUTRAL') ?? possible[0]!;
    return sendJson(
      res,
      200,
      envelope({
        possibleOutcomes: possible,
        selectedCustomLabels: [theirs.customLabel],
        universalOutcomeLabel: theirs.universalLabel,
        edited: true,
      }),
    );
  }
  context.state.write(STATE_KEY, { ...stored(context.state), [id]: { selectedCustomLabels: labels } });
  sendJson(res, 200, envelope(outcomesOf(recording, context.state)));
}

export const OUTCOME_ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/v1\/core\/recordings\/([^/]+)\/outcomes$/, auth: true, handler: getOutcomes },
  { method: 'PATCH', pattern: /^\/v1\/core\/recordings\/([^/]+)\/outcomes$/, auth: true, write: true, handler: updateOutcomes },
];
