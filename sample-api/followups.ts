// The team's follow-up queue: `GET /v1/core/followups` (filters, an opaque cursor, totals) and
// `PATCH /v1/core/followups/{id}` (status, star, note). The queue is the sample recordings'
// follow-ups plus the generated ones; what a PATCH changes is kept in the persisted state under
// `followups` (changed follow-ups only, by id), and the recording detail endpoint answers it too.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { COMPLETE_SALE } from './data/complete-sale.ts';
import { GENERATED_FOLLOWUP_RECORDINGS } from './data/followup-recordings.ts';
import { MANY_EXTRACTIONS } from './data/generated.ts';
import { FRENCH_NEUTRAL, NEGATIVE, NO_CRM_MATCH } from './data/outcome-recordings.ts';
import { SPANISH } from './data/spanish.ts';
import { VALUE_KINDS } from './data/value-kinds.ts';
import { readJsonBody, sendJson, sendValidationError, type ValidationIssue } from './http-utils.ts';
import type { Route } from './server.ts';
import type { SampleState } from './state.ts';
import type { Followup, FollowupStatus, JsonValue, Recording } from './types.ts';

const STATE_KEY = 'followups';
export const FOLLOWUP_STATUSES: readonly FollowupStatus[] = ['TO_DO', 'IN_PROGRESS', 'COMPLETE'];
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;
/** Siro's documented default: without `minimumScore`, follow-ups scored 1 or 2 are left out. */
const DEFAULT_MINIMUM_SCORE = 3;
export const MAX_NOTE_LENGTH = 5_000;

/** Who the demo token belongs to: the name a change is recorded under. */
export const DEMO_MANAGER = { name: 'Jordan Reyes', userId: 'u-0a2c4e6b-8d0f-4a1c-b3e5-7f9a1c3e5a7c' };

type QueueEntry = { followup: Followup; conversationType: string };

/** Each sample recording's follow-up, with the revenue a manager would expect of it. */
const SAMPLE_REVENUE: ReadonlyArray<[Recording, number]> = [
  [COMPLETE_SALE, 2_950],
  [SPANISH, 4_200],
  [NEGATIVE, 31_500],
  [NO_CRM_MATCH, 1_800],
  [VALUE_KINDS, 450],
  [MANY_EXTRACTIONS, 12_400],
  [FRENCH_NEUTRAL, 9_600],
];

const SEED: readonly QueueEntry[] = [
  ...SAMPLE_REVENUE.flatMap(([recording, revenue]) =>
    (recording.followups ?? []).map((followup) => ({
      followup: { ...followup, metadata: [...followup.metadata, { potentialRevenue: String(revenue) }] },
      conversationType: recording.conversationType ?? '',
    })),
  ),
  ...GENERATED_FOLLOWUP_RECORDINGS.map(({ recording, followup }) => ({ followup, conversationType: recording.conversationType ?? '' })),
];
const SEED_BY_ID = new Map(SEED.map((entry) => [entry.followup.followupId, entry]));

/** The follow-ups the sample generates for the queue live on recordings of their own. */
export const FOLLOWUP_RECORDINGS: readonly Recording[] = GENERATED_FOLLOWUP_RECORDINGS.map(({ recording }) => recording);

type Changed = Record<string, Followup>;

function changed(state: SampleState): Changed {
  return state.read<JsonValue>(STATE_KEY, () => ({})) as Changed;
}

export function potentialRevenue(followup: Followup): number {
  for (const entry of followup.metadata) {
    const value = Number(entry.potentialRevenue);
    if (entry.potentialRevenue !== undefined && Number.isFinite(value)) return value;
  }
  return 0;
}

/**
 * The recording (as the detail endpoint is about to answer it) with each follow-up in its
 * current state, so a change made in the queue shows on the recording page after a reload.
 */
export function withCurrentFollowups(recording: Recording, state: SampleState): Recording {
  if (!recording.followups) return recording;
  const current = changed(state);
  return { ...recording, followups: recording.followups.map((followup) => current[followup.followupId] ?? followup) };
}

// --- GET /v1/core/followups -------------------------------------------------------------------

/** Every value of a list param, repeated (`statuses=A&statuses=B`) or comma-separated. */
function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

function issue(path: string, message: string, expected?: string): ValidationIssue {
  return { code: expected ? 'invalid_type' : 'custom', path: [path], message, ...(expected ? { expected, received: 'string' } : {}) };
}

type Filters = {
  limit: number;
  offset: number;
  minimumScore: number;
  starred: boolean | null;
  statuses: string[];
  scores: number[];
  userIds: string[];
  teamIds: string[];
  conversationTypes: string[];
  createdAfter: number | null;
  createdBefore: number | null;
  includeHistory: boolean;
  excludeCrmCustomer: boolean;
};

function wholeNumber(raw: string | null, fallback: number, min: number, max: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

function optionalBoolean(raw: string | null): boolean | null | undefined {
  if (raw === null || raw === '') return null;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return undefined;
}

function optionalDate(raw: string | null): number | null | undefined {
  if (raw === null || raw === '') return null;
  const time = Date.parse(raw);
  return Number.isNaN(time) ? undefined : time;
}

/** The cursor is opaque to clients, as Siro's: base64url of the next offset. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decodeCursor(raw: string | null): number | null {
  if (raw === null || raw === '') return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    const offset = typeof parsed === 'object' && parsed !== null ? (parsed as { o?: unknown }).o : undefined;
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : null;
  } catch {
    return null;
  }
}

function parseFilters(query: URLSearchParams): { filters: Filters } | { issues: ValidationIssue[] } | { badCursor: true } {
  const issues: ValidationIssue[] = [];
  const limit = wholeNumber(query.get('limit'), DEFAULT_LIMIT, 1, MAX_LIMIT);
  if (limit === null) issues.push(issue('limit', `Expected a whole number from 1 to ${MAX_LIMIT}`, 'number'));
  const minimumScore = wholeNumber(query.get('minimumScore'), DEFAULT_MINIMUM_SCORE, 1, 5);
  if (minimumScore === null) issues.push(issue('minimumScore', 'Expected a whole number from 1 to 5', 'number'));
  const starred = optionalBoolean(query.get('starred'));
  if (starred === undefined) issues.push(issue('starred', 'Expected true or false', 'boolean'));
  const includeHistory = optionalBoolean(query.get('includeHistory'));
  const excludeCrmCustomer = optionalBoolean(query.get('excludeCrmCustomer'));
  const statuses = listParam(query, 'statuses');
  statuses.forEach((status) => {
    if (!FOLLOWUP_STATUSES.includes(status))
      issues.push({
        code: 'invalid_enum_value',
        path: ['statuses'],
        message: `Invalid enum value. Expected 'TO_DO' | 'IN_PROGRESS' | 'COMPLETE', received '${status}'`,
      });
  });
  const scores = listParam(query, 'scores').map(Number);
  if (scores.some((score) => !Number.isInteger(score))) issues.push(issue('scores', 'Expected whole numbers', 'number'));
  const conversationTypes = listParam(query, 'conversationTypes');
  if (conversationTypes.length > 10)
    issues.push({ code: 'too_big', path: ['conversationTypes'], message: 'Array must contain at most 10 element(s)' });
  const createdAfter = optionalDate(query.get('createdAfter'));
  if (createdAfter === undefined) issues.push(issue('createdAfter', 'Invalid datetime'));
  const createdBefore = optionalDate(query.get('createdBefore'));
  if (createdBefore === undefined) issues.push(issue('createdBefore', 'Invalid datetime'));
  if (issues.length) return { issues };
  const offset = decodeCursor(query.get('cursor'));
  if (offset === null) return { badCursor: true };
  return {
    filters: {
      limit: limit!,
      offset,
      minimumScore: minimumScore!,
      starred: starred!,
      statuses,
      scores,
      userIds: listParam(query, 'userIds'),
      teamIds: listParam(query, 'teamIds'),
      conversationTypes,
      createdAfter: createdAfter!,
      createdBefore: createdBefore!,
      includeHistory: includeHistory === true,
      excludeCrmCustomer: excludeCrmCustomer === true,
    },
  };
}

function matches(entry: QueueEntry, followup: Followup, filters: Filters): boolean {
  const created = Date.parse(followup.dateCreated);
  return (
    followup.score >= filters.minimumScore &&
    // Absent and `false` both mean "any": Siro's "default is false" reads as "not filtered".
    (filters.starred !== true || followup.starred) &&
    (filters.statuses.length === 0 || filters.statuses.includes(followup.status)) &&
    (filters.scores.length === 0 || filters.scores.includes(followup.score)) &&
    (filters.userIds.length === 0 || filters.userIds.includes(followup.repId)) &&
    (filters.teamIds.length === 0 || filters.teamIds.includes(followup.teamId)) &&
    (filters.conversationTypes.length === 0 || filters.conversationTypes.includes(entry.conversationType)) &&
    (filters.createdAfter === null || created >= filters.createdAfter) &&
    (filters.createdBefore === null || created <= filters.createdBefore)
  );
}

export function listFollowups(
  _id: string,
  _req: IncomingMessage,
  res: ServerResponse,
  context: { query: URLSearchParams; state: SampleState },
) {
  const parsed = parseFilters(context.query);
  if ('issues' in parsed) return sendValidationError(res, parsed.issues);
  if ('badCursor' in parsed) return sendJson(res, 400, { error: 'Invalid cursor' });
  const { filters } = parsed;
  const current = changed(context.state);
  const found = SEED.map((entry) => ({ entry, followup: current[entry.followup.followupId] ?? entry.followup }))
    .filter(({ entry, followup }) => matches(entry, followup, filters))
    .sort(
      (a, b) => b.followup.dateCreated.localeCompare(a.followup.dateCreated) || a.followup.followupId.localeCompare(b.followup.followupId),
    );
  const page = found.slice(filters.offset, filters.offset + filters.limit).map(({ followup }) => ({
    ...followup,
    history: filters.includeHistory ? (followup.history ?? []) : null,
    crmCustomer: filters.excludeCrmCustomer ? null : followup.crmCustomer,
  }));
  const next = filters.offset + filters.limit;
  sendJson(res, 200, {
    data: {
      totalCount: found.length,
      totalRevenue: found.reduce((sum, { followup }) => sum + potentialRevenue(followup), 0),
      followups: page,
    },
    cursor: next < found.length ? encodeCursor(next) : null,
    pageSize: page.length,
    limit: filters.limit,
    total: found.length,
    hasNextPage: next < found.length,
  });
}

// --- PATCH /v1/core/followups/{id} ------------------------------------------------------------

type Patch = { status?: FollowupStatus; starred?: boolean; note?: string; completed?: boolean; hasFollowupComment?: boolean };

function parsePatch(body: Record<string, unknown>): { patch: Patch } | { issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const patch: Patch = {};
  if (body.status !== undefined) {
    if (typeof body.status === 'string' && FOLLOWUP_STATUSES.includes(body.status)) patch.status = body.status;
    else
      issues.push({
        code: 'invalid_enum_value',
        path: ['status'],
        message: "Invalid enum value. Expected 'TO_DO' | 'IN_PROGRESS' | 'COMPLETE'",
      });
  }
  for (const key of ['starred', 'completed', 'hasFollowupComment'] as const) {
    if (body[key] === undefined) continue;
    if (typeof body[key] === 'boolean') patch[key] = body[key];
    else issues.push({ code: 'invalid_type', path: [key], message: 'Expected boolean', expected: 'boolean', received: typeof body[key] });
  }
  if (body.note !== undefined) {
    if (typeof body.note !== 'string')
      issues.push({ code: 'invalid_type', path: ['note'], message: 'Expected string', expected: 'string', received: typeof body.note });
    else if (!body.note.trim()) issues.push({ code: 'too_small', path: ['note'], message: 'A note cannot be empty' });
    else if (body.note.length > MAX_NOTE_LENGTH)
      issues.push({ code: 'too_big', path: ['note'], message: `A note can be at most ${MAX_NOTE_LENGTH} characters` });
    else patch.note = body.note;
  }
  return issues.length ? { issues } : { patch };
}

export function applyPatch(followup: Followup, patch: Patch, by: { name: string; userId: string | null }, now: string): Followup {
  const next: Followup = { ...followup, history: [...(followup.history ?? [])], updatedAt: now };
  const status =
    patch.status ??
    (patch.completed === true ? 'COMPLETE' : patch.completed === false && followup.status === 'COMPLETE' ? 'TO_DO' : undefined);
  if (patch.starred !== undefined) next.starred = patch.starred;
  if (patch.hasFollowupComment !== undefined) next.hasFollowupComment = patch.hasFollowupComment;
  if (status !== undefined && status !== followup.status) {
    next.status = status;
    next.completed = status === 'COMPLETE';
    next.completedBy = status === 'COMPLETE' ? by.name : null;
    next.completedAt = status === 'COMPLETE' ? now : null;
  }
  if (patch.note !== undefined) next.note = patch.note;
  // The history holds every status change and note, as Siro's does; a star is not history.
  if ((status !== undefined && status !== followup.status) || patch.note !== undefined) {
    next.history!.push({
      id: `${followup.followupId}-h${next.history!.length + 1}`,
      updatedBy: by.name,
      updatedByUserId: by.userId,
      createdAt: now,
      ...(status !== undefined && status !== followup.status ? { status } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    });
  }
  return next;
}

/** The write faults' follow-up (`<fault id>-followup`): the complete sale's. */
function faultFollowup(id: string): Followup | undefined {
  const base = COMPLETE_SALE.followups?.[0];
  return base && { ...base, followupId: id, recordingId: id.replace(/-followup$/, '') };
}

export async function updateFollowup(id: string, req: IncomingMessage, res: ServerResponse, context: { state: SampleState }) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const parsed = parsePatch(body);
  if ('issues' in parsed) return sendValidationError(res, parsed.issues);
  const now = new Date().toISOString();
  if (id === 'fault-write-500-followup') return sendJson(res, 500, { error: 'Internal server error' });
  if (id === 'fault-write-changed-elsewhere-followup') {
    // Someone else completed it a moment ago: the answer carries their change and then ours.
    const base = faultFollowup(id)!;
    const theirs = applyPatch(
      base,
      { status: 'COMPLETE', note: 'Closed it by phone: they booked the gutters.' },
      { name: 'Marcus Bell', userId: base.repId },
      now,
    );
    return sendJson(res, 200, { data: applyPatch(theirs, { ...parsed.patch, status: undefined }, DEMO_MANAGER, now) });
  }
  const current = changed(context.state);
  const existing = current[id] ?? SEED_BY_ID.get(id)?.followup;
  if (!existing) return sendJson(res, 404, { error: 'Followup not found' });
  const next = applyPatch(existing, parsed.patch, DEMO_MANAGER, now);
  context.state.write(STATE_KEY, { ...current, [id]: next } as unknown as JsonValue);
  sendJson(res, 200, { data: next });
}

export const FOLLOWUP_ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/v1\/core\/followups$/, auth: true, handler: listFollowups },
  { method: 'PATCH', pattern: /^\/v1\/core\/followups\/([^/]+)$/, auth: true, write: true, handler: updateFollowup },
];
