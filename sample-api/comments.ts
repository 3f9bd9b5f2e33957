// Timestamped comments and their threads, as Siro's comment endpoints answer them. Writes persist
// in the sample state under `comments`. Every writing token is the manager Dana Ruiz's; comment
// text holding a fault marker (README.md) makes a post fail, lose its answer, or answer slowly.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { audioTrack, serveAudio } from './audio.ts';
import { MANAGER, seedComments, type CommentsData, type Person, type StoredComment, type StoredThread } from './data/comments-seed.ts';
import { readJsonBody, sendJson, sendRecordingNotFound, sendValidationError, type ValidationIssue } from './http-utils.ts';
import type { RouteContext } from './routes.ts';
import type { Route } from './server.ts';
import type { JsonValue } from './types.ts';

const KEY = 'comments';
const MAX_TEXT_LENGTH = 10_000;
export const SLOW_POST_MS = 2_500;

/** Fault markers in a posted comment's text. */
export const COMMENT_FAULTS = {
  /** The first post with this text answers 500 and saves nothing; the next one works. */
  failOnce: '[fail-once]',
  /** The first post with this text is saved, then its connection drops before the answer. */
  dropOnce: '[drop-once]',
  /** Saved and answered after SLOW_POST_MS. */
  slow: '[slow-post]',
} as const;

/** Texts whose one-time fault has been used, per server (each has its own state). */
const spentFaults = new WeakMap<object, Set<string>>();

/** Whose token it is: Siro's tokens belong to one user; the sample's (read-only one too) to the manager. */
function userOf(_req: IncomingMessage): Person {
  return MANAGER;
}

const load = (context: RouteContext) => context.state.read(KEY, () => seedComments() as unknown as JsonValue) as unknown as CommentsData;
const save = (context: RouteContext, data: CommentsData) => context.state.write(KEY, data as unknown as JsonValue);

/** What one user may see of a recording's threads: private ones only when they are the author. */
const visibleThreads = (data: CommentsData, recordingId: string, uid: string) =>
  data.threads.filter((thread) => thread.recordingId === recordingId && !thread.deleted && (!thread.isPrivate || thread.createdBy === uid));

function commentJson(comment: StoredComment, thread: StoredThread | undefined, context: RouteContext) {
  const audio = comment.audio
    ? { ...comment.audio, storagePath: `${context.origin}/sample-audio/voice/${encodeURIComponent(comment.audio.storageId)}.wav` }
    : undefined;
  return {
    id: comment.id,
    threadId: comment.threadId,
    commenterUid: comment.commenter.uid,
    commenterFirstName: comment.commenter.firstName,
    commenterLastName: comment.commenter.lastName,
    recordingId: comment.recordingId,
    recordingTitle: null,
    dateCreated: comment.dateCreated,
    dateUpdated: comment.dateUpdated,
    timestampStartInMilliseconds: comment.start,
    timestampEndInMilliseconds: comment.end,
    text: comment.text,
    ...(audio ? { audio } : {}),
    seenByUids: comment.seenByUids,
    unreadUids: comment.unreadUids,
    isPrivate: thread?.isPrivate ?? false,
  };
}

function known(id: string, context: RouteContext): boolean {
  return context.store.find(id, false) !== undefined;
}

function getComments(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  if (!known(id, context)) return sendRecordingNotFound(res);
  const data = load(context);
  const threads = new Map(visibleThreads(data, id, userOf(req).uid).map((thread) => [thread.id, thread]));
  const threadIds = context.query.get('threadIds')?.split(',').filter(Boolean);
  const commenter = context.query.get('commenterUid');
  const excludePrivate = context.query.get('excludePrivate') === 'true';
  const comments = data.comments.filter((comment) => {
    const thread = threads.get(comment.threadId);
    if (!thread || comment.deleted) return false;
    if (threadIds?.length && !threadIds.includes(comment.threadId)) return false;
    if (commenter && comment.commenter.uid !== commenter) return false;
    return !(excludePrivate && thread.isPrivate);
  });
  sendJson(res, 200, {
    data: comments.map((comment) => commentJson(comment, threads.get(comment.threadId), context)),
    cursor: null,
    pageSize: comments.length,
    limit: comments.length,
    total: comments.length,
    hasNextPage: false,
  });
}

function getThreads(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  if (!known(id, context)) return sendRecordingNotFound(res);
  const data = load(context);
  const threads = visibleThreads(data, id, userOf(req).uid).flatMap((thread) => {
    const comments = data.comments.filter((comment) => comment.threadId === thread.id && !comment.deleted);
    const latest = comments.at(-1);
    if (!latest) return [];
    const unreadUids = [...new Set(comments.flatMap((comment) => comment.unreadUids))];
    const recipients = Object.fromEntries(
      thread.recipients.map((person) => [
        person.uid,
        { ...person, unreadComments: comments.filter((comment) => comment.unreadUids.includes(person.uid)).length },
      ]),
    );
    return [
      {
        id: thread.id,
        dateCreated: thread.dateCreated,
        recordingId: thread.recordingId,
        organizationId: '0b9d7c4a-5e2f-4d18-a3c6-7f81e2d94b10',
        timestampStartInMilliseconds: thread.start,
        timestampEndInMilliseconds: thread.end,
        countComments: comments.length,
        deleted: false,
        recipients,
        createdBy: thread.createdBy,
        privacy: { isPrivate: thread.isPrivate, updatedAt: thread.dateCreated },
        recipientUids: thread.recipients.map((person) => person.uid),
        unreadUids,
        latestComment: commentJson(latest, thread, context),
      },
    ];
  });
  sendJson(res, 200, {
    data: threads,
    cursor: null,
    pageSize: threads.length,
    limit: threads.length,
    total: threads.length,
    hasNextPage: false,
  });
}

type Recipient = Person & { type: string };

function checkRecipients(value: unknown, issues: ValidationIssue[]): Recipient[] {
  if (!Array.isArray(value)) {
    issues.push({
      code: 'invalid_type',
      path: ['recipients'],
      message: 'Required',
      expected: 'array',
      received: value === undefined ? 'undefined' : typeof value,
    });
    return [];
  }
  return value.flatMap((entry: unknown, index) => {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (item.type !== 'user' && item.type !== 'team') {
      issues.push({
        code: 'invalid_enum_value',
        path: ['recipients', index, 'type'],
        message: "Invalid enum value. Expected 'user' | 'team'",
      });
      return [];
    }
    if (typeof item.key !== 'string' || !item.key) {
      issues.push({
        code: 'invalid_type',
        path: ['recipients', index, 'key'],
        message: 'Required',
        expected: 'string',
        received: typeof item.key,
      });
      return [];
    }
    const text = (field: unknown) => (typeof field === 'string' ? field : '');
    return [{ type: item.type, uid: item.key, firstName: text(item.firstName), lastName: text(item.lastName), email: text(item.email) }];
  });
}

function checkText(value: unknown, issues: ValidationIssue[], required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') {
    issues.push({ code: 'invalid_type', path: ['text'], message: 'Expected string', expected: 'string', received: typeof value });
    return undefined;
  }
  if (!value.trim()) issues.push({ code: 'too_small', path: ['text'], message: 'A comment needs some text' });
  if (value.length > MAX_TEXT_LENGTH) issues.push({ code: 'too_big', path: ['text'], message: `At most ${MAX_TEXT_LENGTH} characters` });
  return value;
}

function checkRange(value: unknown, issues: ValidationIssue[]): { start: number; end: number } | undefined {
  const range = (typeof value === 'object' && value !== null ? value : undefined) as Record<string, unknown> | undefined;
  if (!range) {
    issues.push({
      code: 'invalid_type',
      path: ['highlightRange'],
      message: 'Required',
      expected: 'object',
      received: value === null ? 'null' : typeof value,
    });
    return undefined;
  }
  const bad = (['start', 'end'] as const).filter(
    (edge) => typeof range[edge] !== 'number' || !Number.isFinite(range[edge]) || (range[edge] as number) < 0,
  );
  for (const edge of bad)
    issues.push({
      code: 'invalid_type',
      path: ['highlightRange', edge],
      message: 'Expected a number of milliseconds, at least 0',
      expected: 'number',
      received: typeof range[edge],
    });
  if (bad.length) return undefined;
  const start = range.start as number;
  const end = range.end as number;
  if (end < start) {
    issues.push({ code: 'custom', path: ['highlightRange', 'end'], message: 'The end comes before the start' });
    return undefined;
  }
  return { start, end };
}

async function postComment(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  if (!known(id, context)) return sendRecordingNotFound(res);
  const issues: ValidationIssue[] = [];
  const text = checkText(body.text, issues, true);
  const range = checkRange(body.highlightRange, issues);
  const recipients = checkRecipients(body.recipients, issues);
  if (body.isPrivate !== undefined && typeof body.isPrivate !== 'boolean') {
    issues.push({
      code: 'invalid_type',
      path: ['isPrivate'],
      message: 'Expected boolean',
      expected: 'boolean',
      received: typeof body.isPrivate,
    });
  }
  if (body.selectedThreadId !== undefined && typeof body.selectedThreadId !== 'string') {
    issues.push({
      code: 'invalid_type',
      path: ['selectedThreadId'],
      message: 'Expected string',
      expected: 'string',
      received: typeof body.selectedThreadId,
    });
  }
  if (issues.length || text === undefined || !range) return sendValidationError(res, issues);

  const me = userOf(req);
  const data = load(context);
  const threadId = body.selectedThreadId as string | undefined;
  let thread = threadId ? visibleThreads(data, id, me.uid).find((candidate) => candidate.id === threadId) : undefined;
  if (threadId && !thread) return sendJson(res, 404, { error: 'Thread not found' });

  let spent = spentFaults.get(context.state);
  if (!spent) spentFaults.set(context.state, (spent = new Set()));
  const once = (marker: string) => text.includes(marker) && !spent.has(`${marker}${text}`) && (spent.add(`${marker}${text}`), true);
  if (once(COMMENT_FAULTS.failOnce)) return sendJson(res, 500, { error: 'Internal server error' });

  const now = new Date().toISOString();
  const number = data.nextId++;
  if (!thread) {
    thread = {
      id: `thread-${number}`,
      recordingId: id,
      createdBy: me.uid,
      dateCreated: now,
      start: range.start,
      end: range.end,
      isPrivate: body.isPrivate === true,
      recipients: recipients.map(({ uid, firstName, lastName, email }) => ({ uid, firstName, lastName, email })),
      deleted: false,
    };
    data.threads.push(thread);
  }
  const others = thread.isPrivate
    ? []
    : [thread.createdBy, ...thread.recipients.map((person) => person.uid)].filter((uid) => uid !== me.uid);
  const comment: StoredComment = {
    id: `comment-${number}`,
    threadId: thread.id,
    recordingId: id,
    commenter: me,
    dateCreated: now,
    dateUpdated: now,
    start: thread.start,
    end: thread.end,
    text,
    seenByUids: [me.uid],
    unreadUids: [...new Set(others)],
    deleted: false,
  };
  data.comments.push(comment);
  save(context, data);

  const answer = () => sendJson(res, 201, { data: commentJson(comment, thread, context) });
  if (once(COMMENT_FAULTS.dropOnce)) {
    res.socket?.destroy();
    return;
  }
  if (text.includes(COMMENT_FAULTS.slow)) {
    const timer = setTimeout(() => {
      context.timers.delete(timer);
      answer();
    }, SLOW_POST_MS);
    context.timers.add(timer);
    return;
  }
  answer();
}

/** The comment under the route's second id, when the caller may see it; the answer is sent when not. */
function findOwn(req: IncomingMessage, res: ServerResponse, context: RouteContext, data: CommentsData) {
  const [id = '', commentId = ''] = context.params;
  if (!known(id, context)) return void sendRecordingNotFound(res);
  const me = userOf(req);
  const threads = visibleThreads(data, id, me.uid);
  const comment = data.comments.find(
    (candidate) => candidate.id === commentId && !candidate.deleted && threads.some((thread) => thread.id === candidate.threadId),
  );
  if (!comment) return void sendJson(res, 404, { error: 'Comment not found' });
  if (comment.commenter.uid !== me.uid) return void sendJson(res, 403, { error: 'Only the author of a comment can change it' });
  return { comment, thread: threads.find((thread) => thread.id === comment.threadId) };
}

function getComment(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  if (!known(id, context)) return sendRecordingNotFound(res);
  const data = load(context);
  const threads = visibleThreads(data, id, userOf(req).uid);
  const comment = data.comments.find((candidate) => candidate.id === context.params[1] && !candidate.deleted);
  const thread = threads.find((candidate) => candidate.id === comment?.threadId);
  if (!comment || !thread) return sendJson(res, 404, { error: 'Comment not found' });
  sendJson(res, 200, { data: commentJson(comment, thread, context) });
}

async function patchComment(_id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const issues: ValidationIssue[] = [];
  const text = checkText(body.text, issues, false);
  const recipients = body.recipients === undefined ? undefined : checkRecipients(body.recipients, issues);
  if (issues.length) return sendValidationError(res, issues);
  const data = load(context);
  const found = findOwn(req, res, context, data);
  if (!found) return;
  const { comment, thread } = found;
  if (text !== undefined) comment.text = text;
  if (recipients && thread && data.comments.find((candidate) => candidate.threadId === thread.id)?.id === comment.id) {
    thread.recipients = recipients.map(({ uid, firstName, lastName, email }) => ({ uid, firstName, lastName, email }));
  }
  comment.dateUpdated = new Date().toISOString();
  save(context, data);
  sendJson(res, 200, { data: commentJson(comment, thread, context) });
}

function deleteComment(_id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  req.resume();
  const data = load(context);
  const found = findOwn(req, res, context, data);
  if (!found) return;
  const { comment, thread } = found;
  comment.deleted = true;
  comment.dateUpdated = new Date().toISOString();
  if (thread && !data.comments.some((candidate) => candidate.threadId === thread.id && !candidate.deleted)) thread.deleted = true;
  save(context, data);
  sendJson(res, 200, { data: commentJson(comment, thread, context) });
}

/** A voice comment's recording: a short tone pattern, like the recordings' stand-in audio. */
function getVoiceAudio(storageId: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const comment = load(context).comments.find((candidate) => candidate.audio?.storageId === storageId);
  if (!comment?.audio) return sendJson(res, 404, { error: 'Not found' });
  serveAudio(req, res, audioTrack(comment.audio.durationInMilliseconds, []));
}

const RECORDING = '\\/v1\\/core\\/recordings\\/([^/]+)';

export const COMMENT_ROUTES: Route[] = [
  { method: 'GET', pattern: new RegExp(`^${RECORDING}\\/comments$`), auth: true, handler: getComments },
  { method: 'GET', pattern: new RegExp(`^${RECORDING}\\/threads$`), auth: true, handler: getThreads },
  { method: 'POST', pattern: new RegExp(`^${RECORDING}\\/comments$`), auth: true, write: true, handler: postComment },
  { method: 'GET', pattern: new RegExp(`^${RECORDING}\\/comments\\/([^/]+)$`), auth: true, handler: getComment },
  { method: 'PATCH', pattern: new RegExp(`^${RECORDING}\\/comments\\/([^/]+)$`), auth: true, write: true, handler: patchComment },
  { method: 'DELETE', pattern: new RegExp(`^${RECORDING}\\/comments\\/([^/]+)$`), auth: true, write: true, handler: deleteComment },
  { method: 'GET', pattern: /^\/sample-audio\/voice\/([^/]+)\.wav$/, auth: false, handler: getVoiceAudio },
  { method: 'HEAD', pattern: /^\/sample-audio\/voice\/([^/]+)\.wav$/, auth: false, handler: getVoiceAudio },
];
