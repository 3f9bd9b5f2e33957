// Ask Siro: whether a recording can be asked about, the answers (by retrieval, chat-retrieval.ts)
// and the suggested questions. Asking reads the recording and writes nothing of the user's, and
// the reference gives these operations no scope: a read-only token may ask.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { answerQuestion } from './chat-retrieval.ts';
import { readJsonBody, sendJson, sendRaw, sendRecordingNotFound, sendValidationError, type ValidationIssue } from './http-utils.ts';
import { conversationFor } from './recordings.ts';
import type { RouteContext } from './routes.ts';
import type { Route } from './server.ts';
import type { Recording } from './types.ts';

/** Markers in a question's text that make the chat endpoint misbehave, for tests and demos. */
export const CHAT_FAULTS = { serverError: '[fault-500]', rateLimited: '[fault-429]', slow: '[fault-slow]' } as const;
export const CHAT_SLOW_MS = 2_500;
export const CHAT_RETRY_AFTER_SECONDS = 3;
const MAX_QUESTION_LENGTH = 2_000;

export const QUERY_ENTRYPOINTS = [
  'GENERIC',
  'ASK_SIRO',
  'CUSTOMER_PROFILE',
  'MANAGER_CHAT',
  'SCORECARDS',
  'FILM_ROOM',
  'SINGLE_RECORDING',
  'RE_ENGAGE',
  'UNIVERSAL_CHAT',
  'REP_CHAT',
  'DEBRIEF_CALL',
  'HALFTIME_LIVE_COACHING',
  'HALFTIME_REPORT',
  'ROLE_PLAY',
  'CONFIGURABLE_ROLE_PLAY',
] as const;

/** Worded so the retrieval finds the moments in the sample conversations of that type. */
const SUGGESTIONS_BY_TYPE: Record<string, string[]> = {
  'In-home appointment': [
    'What did they say about the price?',
    'Who else is part of the decision?',
    'Was financing discussed?',
    'What are the next steps?',
    'What did the other quote include?',
  ],
  'Door knock': [
    'What interests the homeowner?',
    'When do they meet again: Saturday?',
    'What did they say about the roof?',
    'Will the husband or wife be home?',
  ],
  'Follow-up visit': [
    'What changed since the last visit?',
    'What did they say about the price?',
    'What are the next steps?',
    'Who makes the decision?',
  ],
  'Maintenance visit': [
    'What did the technician find?',
    'Was a maintenance plan offered?',
    'What did they say about the price?',
    'What are the next steps?',
  ],
  'Site survey': [
    'What did the survey find?',
    'What did they say about the panels?',
    'Was the roof in good shape?',
    'What are the next steps?',
  ],
};
const GENERIC_SUGGESTIONS = [
  'What did they say about the price?',
  'What are the next steps?',
  'Who makes the decision?',
  'What worried the customer?',
];
const SUGGESTIONS_BY_LANGUAGE: Record<string, string[]> = {
  Spanish: ['¿Qué dijeron del precio?', '¿Hablaron de financiamiento?', '¿Cuáles son los próximos pasos?', '¿Quién toma la decisión?'],
  French: ['Qu’ont-ils dit du prix?', 'Quelles sont les prochaines étapes?', 'Qui prend la décision?', 'Ont-ils parlé du financement?'],
};

export function suggestionsFor(recording: Recording | undefined, count: number): string[] {
  const language = recording?.transcriptionLanguage ?? '';
  const type = recording?.conversationType ?? '';
  return (SUGGESTIONS_BY_LANGUAGE[language] ?? SUGGESTIONS_BY_TYPE[type] ?? GENERIC_SUGGESTIONS).slice(0, count);
}

/** Why a recording cannot be asked about, or null when it can. */
function unavailable(recording: Recording): string | null {
  if (recording.deleted) return 'This recording was deleted.';
  if (recording.processingStatus !== 'complete') return 'This recording is still processing.';
  if (conversationFor(recording).transcript.utterances.length === 0) return 'This recording has no transcript.';
  return null;
}

function getAvailability(id: string, res: ServerResponse, context: RouteContext) {
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  sendJson(res, 200, unavailable(recording) === null);
}

function stringIssue(body: Record<string, unknown>, key: string): ValidationIssue | null {
  const value = body[key];
  if (typeof value === 'string') return null;
  const received = value === undefined ? 'undefined' : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return {
    code: 'invalid_type',
    path: [key],
    message: value === undefined ? 'Required' : `Expected string, received ${received}`,
    expected: 'string',
    received,
  };
}

async function postChat(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const issues = ['id', 'question'].flatMap((key) => stringIssue(body, key) ?? []);
  const unknown = Object.keys(body).filter((key) => key !== 'id' && key !== 'question');
  if (unknown.length) {
    issues.push({
      code: 'unrecognized_keys',
      path: [],
      message: `Unrecognized key(s) in object: ${unknown.map((key) => `'${key}'`).join(', ')}`,
    });
  }
  if (issues.length) return sendValidationError(res, issues);
  const question = String(body.question).trim();
  if (!question || question.length > MAX_QUESTION_LENGTH) {
    const message = question
      ? `String must contain at most ${MAX_QUESTION_LENGTH} character(s)`
      : 'String must contain at least 1 character(s)';
    return sendValidationError(res, [{ code: question ? 'too_big' : 'too_small', path: ['question'], message }]);
  }
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  const reason = unavailable(recording);
  if (reason) return sendJson(res, 400, { error: `Ask Siro is not available for this recording. ${reason}` });
  if (question.includes(CHAT_FAULTS.serverError)) return sendJson(res, 500, { error: 'Internal server error' });
  if (question.includes(CHAT_FAULTS.rateLimited)) {
    // The reference documents this 429 as plain text.
    return sendRaw(res, 429, 'text/plain; charset=utf-8', 'Too many questions: 200 per user per day.', {
      'retry-after': String(CHAT_RETRY_AFTER_SECONDS),
    });
  }
  const answer = answerQuestion(question, conversationFor(recording).transcript);
  if (!question.includes(CHAT_FAULTS.slow)) return sendJson(res, 200, answer);
  const timer = setTimeout(() => {
    context.timers.delete(timer);
    if (!res.destroyed) sendJson(res, 200, answer);
  }, CHAT_SLOW_MS);
  context.timers.add(timer);
}

async function postSuggestedQuestions(_id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const issues: ValidationIssue[] = [];
  const entrypoint = body.queryEntrypoint;
  if (typeof entrypoint !== 'string' || !(QUERY_ENTRYPOINTS as readonly string[]).includes(entrypoint)) {
    issues.push({
      code: 'invalid_enum_value',
      path: ['queryEntrypoint'],
      message: `Invalid enum value. Expected ${QUERY_ENTRYPOINTS.map((value) => `'${value}'`).join(' | ')}`,
    });
  }
  const count = body.numSuggestedQuestions ?? 4;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10) {
    issues.push({
      code: 'invalid_type',
      path: ['numSuggestedQuestions'],
      message: 'Expected an integer from 1 to 10',
      expected: 'integer',
    });
  }
  if (issues.length) return sendValidationError(res, issues);
  const initial = body.initialContext;
  const recordingId =
    typeof initial === 'object' && initial !== null && 'recordingId' in initial && typeof initial.recordingId === 'string'
      ? initial.recordingId
      : null;
  const recording = recordingId ? context.store.find(recordingId, false) : undefined;
  sendJson(res, 200, { data: { questions: suggestionsFor(recording, count as number) } });
}

export const CHAT_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/v1\/core\/recordings\/([^/]+)\/chats\/available$/,
    auth: true,
    handler: (id, _req, res, c) => getAvailability(id, res, c),
  },
  { method: 'POST', pattern: /^\/v1\/core\/recordings\/([^/]+)\/chats$/, auth: true, body: true, handler: postChat },
  { method: 'POST', pattern: /^\/v1\/suggested-questions$/, auth: true, body: true, handler: postSuggestedQuestions },
];
