// The inbox's endpoints: `POST /v1/core/recordings/search` over INBOX_ENTRIES, honouring every
// filter, the sort and the paging, with fault modes chosen by the search text; and the two
// lookups the list needs, conversation configurations and score colour bands.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { CONVERSATION_TYPES, INBOX_ENTRIES, seedViews, VIEWS_STATE_KEY, type InboxEntry } from './data/inbox-recordings.ts';
import { ORGANIZATION_ID } from './data/org.ts';
import { COLOR_CONFIGURATIONS } from './data/scorecard-builder.ts';
import { readJsonBody, sendJson, sendValidationError, type ValidationIssue } from './http-utils.ts';
import type { RouteContext } from './routes.ts';
import type { Route } from './server.ts';
import type { JsonValue } from './types.ts';

/** Search texts that make the search misbehave (sample-api/README.md). */
export const SEARCH_FAULTS = {
  serverError: 'fault-search-500',
  rateLimited: 'fault-search-429',
  brokenHits: 'fault-search-broken',
} as const;

export const DEFAULT_SEARCH_PAGE_SIZE = 20;
export const MAX_SEARCH_PAGE_SIZE = 100;

/**
 * The sort fields the sample can order by: the reference's own enum (these of it), plus
 * `evaluationScore`, which the reference does not list (an assumption, see the README).
 */
const SORTS = {
  dateCreated: (entry: InboxEntry) => Date.parse(entry.recording.dateCreated),
  durationInMilliseconds: (entry: InboxEntry) => entry.recording.durationInMilliseconds ?? null,
  title: (entry: InboxEntry) => entry.recording.title ?? null,
  repFirstName: (entry: InboxEntry) => entry.rep.firstName,
  teamName: (entry: InboxEntry) => entry.rep.team.teamName,
  evaluationScore: (entry: InboxEntry) => entry.recording.evaluationScore ?? null,
} as const satisfies Record<string, (entry: InboxEntry) => string | number | null>;
type SortField = keyof typeof SORTS;

type Query = {
  searchText?: string;
  repUids?: string[];
  teamIds?: string[];
  startDate?: number;
  endDate?: number;
  minDurationMs?: number;
  maxDurationMs?: number;
  results?: string[];
  conversationTypes?: string[];
  universalOutcomeLabels?: string[];
  hasComments?: boolean;
  isPrivate?: boolean;
  minEvaluationScore?: number;
  maxEvaluationScore?: number;
  sort: SortField;
  sortDirection: 'asc' | 'desc';
  showCrmCustomer: boolean;
  showScorecardEvaluation: boolean;
};

const STRING_LISTS = ['repUids', 'teamIds', 'results', 'conversationTypes', 'universalOutcomeLabels'] as const;
const NUMBERS = ['startDate', 'endDate', 'minDurationMs', 'maxDurationMs', 'minEvaluationScore', 'maxEvaluationScore'] as const;
const BOOLEANS = ['hasComments', 'isPrivate', 'showCrmCustomer', 'showScorecardEvaluation'] as const;

const issue = (path: (string | number)[], expected: string, received: unknown): ValidationIssue => ({
  code: 'invalid_type',
  path,
  message: `Expected ${expected}, received ${Array.isArray(received) ? 'array' : received === null ? 'null' : typeof received}`,
  expected,
  received: Array.isArray(received) ? 'array' : received === null ? 'null' : typeof received,
});

/** The query as Siro's validation would take it: wrong types answer 422, unknown keys are ignored. */
function parseQuery(raw: unknown, issues: ValidationIssue[]): Query | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    issues.push(
      raw === undefined
        ? { code: 'invalid_type', path: ['query'], message: 'Required', expected: 'object', received: 'undefined' }
        : issue(['query'], 'object', raw),
    );
    return null;
  }
  const input = raw as Record<string, unknown>;
  const query: Query = { sort: 'dateCreated', sortDirection: 'desc', showCrmCustomer: false, showScorecardEvaluation: true };
  if (input.searchText !== undefined) {
    if (typeof input.searchText === 'string') query.searchText = input.searchText;
    else issues.push(issue(['query', 'searchText'], 'string', input.searchText));
  }
  for (const key of STRING_LISTS) {
    const value = input[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) query[key] = value as string[];
    else issues.push(issue(['query', key], 'array', value));
  }
  for (const key of NUMBERS) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value === 'number' && Number.isFinite(value)) query[key] = value;
    else issues.push(issue(['query', key], 'number', value));
  }
  for (const key of BOOLEANS) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') query[key] = value;
    else issues.push(issue(['query', key], 'boolean', value));
  }
  for (const result of query.results ?? []) {
    if (!['closed', 'not closed', 'in progress'].includes(result)) {
      issues.push({
        code: 'invalid_enum_value',
        path: ['query', 'results'],
        message: `Invalid enum value. Expected 'closed' | 'not closed' | 'in progress', received '${result}'`,
      });
    }
  }
  if (input.sort !== undefined) {
    if (typeof input.sort === 'string' && input.sort in SORTS) query.sort = input.sort as SortField;
    else
      issues.push({ code: 'invalid_enum_value', path: ['query', 'sort'], message: `Invalid enum value. Received '${String(input.sort)}'` });
  }
  if (input.sortDirection !== undefined) {
    if (input.sortDirection === 'asc' || input.sortDirection === 'desc') query.sortDirection = input.sortDirection;
    else
      issues.push({ code: 'invalid_enum_value', path: ['query', 'sortDirection'], message: "Invalid enum value. Expected 'asc' | 'desc'" });
  }
  return query;
}

/** Lower case, accents off: "cote" finds "Côté". */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function matches(entry: InboxEntry, query: Query): boolean {
  const { recording, rep } = entry;
  const created = Date.parse(recording.dateCreated);
  const duration = recording.durationInMilliseconds ?? null;
  const score = recording.evaluationScore ?? null;
  if (query.searchText?.trim()) {
    const haystack = fold(
      [
        recording.title,
        recording.summary,
        recording.crmCustomer?.name,
        `${rep.firstName} ${rep.lastName}`,
        rep.team.teamName,
        recording.conversationType,
      ]
        .filter(Boolean)
        .join(' \n '),
    );
    if (
      !fold(query.searchText)
        .split(/\s+/)
        .filter(Boolean)
        .every((word) => haystack.includes(word))
    )
      return false;
  }
  if (query.repUids?.length && !query.repUids.includes(rep.userId)) return false;
  if (query.teamIds?.length && !query.teamIds.includes(rep.team.teamId)) return false;
  if (query.startDate !== undefined && created < query.startDate) return false;
  if (query.endDate !== undefined && created > query.endDate) return false;
  if (query.minDurationMs !== undefined && (duration === null || duration < query.minDurationMs)) return false;
  if (query.maxDurationMs !== undefined && (duration === null || duration > query.maxDurationMs)) return false;
  if (query.results?.length && !query.results.includes(entry.result ?? '')) return false;
  if (query.conversationTypes?.length && !query.conversationTypes.includes(recording.conversationType ?? '')) return false;
  if (query.universalOutcomeLabels?.length && !query.universalOutcomeLabels.includes(recording.universalOutcomeLabel ?? '')) return false;
  if (query.hasComments !== undefined && entry.numberOfComments > 0 !== query.hasComments) return false;
  if (query.isPrivate !== undefined && entry.isPrivate !== query.isPrivate) return false;
  if (query.minEvaluationScore !== undefined && (score === null || score < query.minEvaluationScore)) return false;
  if (query.maxEvaluationScore !== undefined && (score === null || score > query.maxEvaluationScore)) return false;
  return true;
}

/** Missing values last whichever the direction; ties by id, so pages never overlap. */
function compare(query: Query) {
  const key = SORTS[query.sort];
  const direction = query.sortDirection === 'asc' ? 1 : -1;
  return (a: InboxEntry, b: InboxEntry) => {
    const left = key(a);
    const right = key(b);
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      return (left < right ? -1 : 1) * direction;
    }
    return a.recording.id < b.recording.id ? -1 : a.recording.id > b.recording.id ? 1 : 0;
  };
}

/** One hit as Siro answers it: `dateCreated` in epoch ms, the score as a scorecard evaluation. */
export function toHit(
  entry: InboxEntry,
  query: Pick<Query, 'showCrmCustomer' | 'showScorecardEvaluation'>,
  viewed: boolean,
): Record<string, JsonValue> {
  const { recording, rep } = entry;
  const score = recording.evaluationScore ?? null;
  const hit: Record<string, JsonValue> = {
    recordingId: recording.id,
    title: recording.title ?? null,
    repFirstName: rep.firstName,
    repLastName: rep.lastName,
    userId: rep.userId,
    teamId: rep.team.teamId,
    teamName: rep.team.teamName,
    result: entry.result,
    dateCreated: Date.parse(recording.dateCreated),
    isPrivate: entry.isPrivate,
    conversationType: recording.conversationType ?? null,
    durationInMilliseconds: recording.durationInMilliseconds ?? null,
    audioDurationInMilliseconds: recording.durationInMilliseconds ?? null,
    viewed,
    processingStage: recording.processingStage ?? null,
    universalOutcomeLabel: recording.universalOutcomeLabel ?? null,
    // Not in the reference's hit: the follow-ups Siro suggested, for the row's marker (README).
    followups: (recording.followups ?? []).map((followup) => ({
      followupId: followup.followupId,
      followupType: followup.followupType,
      status: followup.status,
    })),
  };
  if (query.showScorecardEvaluation) {
    hit.evaluation =
      score === null
        ? null
        : {
            recordingId: recording.id,
            hasScorecard: true,
            scorecardInstanceId: `sc-${recording.id}`,
            evaluationQualified: true,
            name: 'Home visit scorecard',
            pointsPossible: 100,
            pointsEarned: score,
            evaluatedNodes: [],
          };
  }
  if (query.showCrmCustomer) hit.crmCustomer = (recording.crmCustomer ?? null) as JsonValue;
  return hit;
}

/** Hits a careless backend could send: skipped or shown with fallbacks, never a crash. */
function brokenHits(good: Record<string, JsonValue>[]): JsonValue[] {
  const [first = {}, second = {}] = good;
  return [
    { ...first, recordingId: undefined as unknown as JsonValue, title: 'A hit without an id' },
    'not a hit',
    { ...second, recordingId: 'broken-date', dateCreated: 'yesterday' },
    {
      ...second,
      recordingId: 'broken-fields',
      title: 42,
      durationInMilliseconds: 'long',
      repFirstName: ['Ana'],
      evaluation: { pointsEarned: 'high' },
      viewed: 'no',
      universalOutcomeLabel: 'MIXED',
    },
    ...good,
  ];
}

export async function searchRecordings(_id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const issues: ValidationIssue[] = [];
  const query = parseQuery(body.query, issues);
  const page = body.page ?? 1;
  const pageSize = body.pageSize ?? DEFAULT_SEARCH_PAGE_SIZE;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1)
    issues.push({ ...issue(['page'], 'number', page), message: 'Expected a whole number from 1' });
  if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_SEARCH_PAGE_SIZE) {
    issues.push({ ...issue(['pageSize'], 'number', pageSize), message: `Expected a whole number from 1 to ${MAX_SEARCH_PAGE_SIZE}` });
  }
  if (!query || issues.length) return sendValidationError(res, issues);
  const size = pageSize as number;
  const offset = ((page as number) - 1) * size;

  const text = query.searchText?.trim();
  if (text === SEARCH_FAULTS.serverError) return sendJson(res, 500, { error: 'Internal server error' });
  if (text === SEARCH_FAULTS.rateLimited)
    return sendJson(res, 429, { error: 'Rate limit exceeded: 1000 requests per minute' }, { 'retry-after': '1' });
  const broken = text === SEARCH_FAULTS.brokenHits;
  const filter = broken ? { ...query, searchText: undefined } : query;

  const views = context.state.read(VIEWS_STATE_KEY, seedViews);
  const found = INBOX_ENTRIES.filter((entry) => matches(entry, filter)).sort(compare(filter));
  const hits = found.slice(offset, offset + size).map((entry) => toHit(entry, query, views[entry.recording.id] ?? true));
  sendJson(res, 200, {
    data: {
      hits: broken && offset === 0 ? brokenHits(hits) : hits,
      estimatedTotalHits: found.length,
      limit: size,
      offset,
      processingTimeMs: 1,
      query: query.searchText ?? '',
    },
  });
}

/** The reference requires `organizationId`; the sample knows one organisation. */
function organizationProblem(context: RouteContext, res: ServerResponse): boolean {
  const organizationId = context.query.get('organizationId');
  if (!organizationId) {
    sendValidationError(res, [
      { code: 'invalid_type', path: ['organizationId'], message: 'Required', expected: 'string', received: 'undefined' },
    ]);
    return true;
  }
  if (organizationId !== ORGANIZATION_ID) {
    sendJson(res, 403, { error: 'You do not have access to this organization' });
    return true;
  }
  return false;
}

const envelope = (data: JsonValue, total: number | null) => ({
  data,
  cursor: null,
  pageSize: total ?? 1,
  limit: total ?? 1,
  total,
  hasNextPage: false,
});

export function getConversationConfigurations(_id: string, _req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  if (organizationProblem(context, res)) return;
  const data = CONVERSATION_TYPES.map(({ conversationType, displayName }) => ({
    id: `${ORGANIZATION_ID}-${conversationType}`,
    conversationType,
    displayName,
    orgId: ORGANIZATION_ID,
    expressions: [],
    debriefQuestions: [],
    belongsToConfigGroups: [],
  }));
  sendJson(res, 200, envelope(data, data.length));
}

/** Siro's default bands: red under 60, yellow to 79, green from 80. */
export function getColorConfigurations(_id: string, _req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  if (organizationProblem(context, res)) return;
  sendJson(res, 200, envelope({ colorConfigurations: COLOR_CONFIGURATIONS }, null));
}

export const SEARCH_ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/v1\/core\/recordings\/search$/, auth: true, body: true, handler: searchRecordings },
  { method: 'GET', pattern: /^\/v1\/core\/conversation-configurations$/, auth: true, handler: getConversationConfigurations },
  { method: 'GET', pattern: /^\/v1\/core\/scorecards\/color-configurations$/, auth: true, handler: getColorConfigurations },
];
