// Views and listening time, as Siro counts them for its analytics: `PUT …/viewed` marks the
// recording viewed by the demo user (the inbox's `viewed` reads it), `PUT …/listen` upserts a
// listening engagement. Both persist in the sample state; `fault-engagement-500` fails them.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { seedViews, VIEWS_STATE_KEY } from './data/inbox-recordings.ts';
import { readJsonBody, sendJson, sendRecordingNotFound, sendValidationError, type ValidationIssue } from './http-utils.ts';
import type { RouteContext } from './routes.ts';
import type { Route } from './server.ts';
import type { JsonValue } from './types.ts';

export const ENGAGEMENT_FAULT_ID = 'fault-engagement-500';
/** Listening engagements by id. */
export const LISTENS_STATE_KEY = 'listens';
const DEMO_USER_ID = 'demo-user';
const CLIENT_PLATFORMS = ['WEB', 'IOS', 'ANDROID'];

export type Engagement = {
  id: string;
  durationMilliseconds: number;
  userId: string;
  recordingId: string;
  organizationId: string;
  createdAt: string;
  updatedAt: string;
  clientPlatform: string | null;
};

function failed(id: string, res: ServerResponse): boolean {
  if (id !== ENGAGEMENT_FAULT_ID) return false;
  sendJson(res, 500, { error: 'Internal server error' });
  return true;
}

function putViewed(id: string, _req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  if (failed(id, res)) return;
  if (!context.store.find(id, false)) return sendRecordingNotFound(res);
  const views: Record<string, JsonValue> = context.state.read(VIEWS_STATE_KEY, seedViews);
  context.state.write(VIEWS_STATE_KEY, { ...views, [id]: true });
  sendJson(res, 200, { data: { success: true } });
}

async function putListen(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  if (failed(id, res)) return;
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  const issues: ValidationIssue[] = [];
  const { recordingEngagementId: engagementId, duration, clientPlatform } = body;
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 0) {
    issues.push({ code: 'invalid_type', path: ['duration'], message: 'Expected an integer of at least 0', expected: 'integer' });
  }
  if (engagementId !== undefined && (typeof engagementId !== 'string' || engagementId === '')) {
    issues.push({ code: 'too_small', path: ['recordingEngagementId'], message: 'String must contain at least 1 character(s)' });
  }
  if (clientPlatform !== undefined && !CLIENT_PLATFORMS.includes(clientPlatform as string)) {
    issues.push({
      code: 'invalid_enum_value',
      path: ['clientPlatform'],
      message: "Invalid enum value. Expected 'WEB' | 'IOS' | 'ANDROID'",
    });
  }
  const unknown = Object.keys(body).filter((key) => !['recordingEngagementId', 'duration', 'clientPlatform'].includes(key));
  if (unknown.length)
    issues.push({
      code: 'unrecognized_keys',
      path: [],
      message: `Unrecognized key(s) in object: ${unknown.map((key) => `'${key}'`).join(', ')}`,
    });
  if (issues.length) return sendValidationError(res, issues);

  const listens = context.state.read<Record<string, Engagement>>(LISTENS_STATE_KEY, () => ({}));
  const now = new Date().toISOString();
  const existing = typeof engagementId === 'string' ? listens[engagementId] : undefined;
  const same = existing && existing.recordingId === id ? existing : undefined;
  const engagement: Engagement = {
    id: same?.id ?? `engagement-${Object.keys(listens).length + 1}`,
    durationMilliseconds: duration as number,
    userId: DEMO_USER_ID,
    recordingId: id,
    organizationId: recording.organizationId ?? '',
    createdAt: same?.createdAt ?? now,
    updatedAt: now,
    clientPlatform: (clientPlatform as string | undefined) ?? same?.clientPlatform ?? null,
  };
  context.state.write(LISTENS_STATE_KEY, { ...listens, [engagement.id]: engagement });
  sendJson(res, 200, { data: { recordingEngagement: engagement } });
}

export const ENGAGEMENT_ROUTES: Route[] = [
  { method: 'PUT', pattern: /^\/v1\/core\/recordings\/([^/]+)\/viewed$/, auth: true, write: true, handler: putViewed },
  { method: 'PUT', pattern: /^\/v1\/core\/recordings\/([^/]+)\/listen$/, auth: true, write: true, handler: putListen },
];
