import * as v from 'valibot';

import { finiteNumber, lenient, parseItems, type List } from '@/lib/lenient';
import { safeHttpUrl } from '@/lib/safe-url';

// Siro's comments and threads, read tolerantly: a comment needs an id, its thread and where it
// starts; everything else falls back on its own.

const text = lenient(v.string());
const uids = v.fallback(v.array(v.string()), []);

const audioSchema = v.object({
  storageId: lenient(v.string()),
  storagePath: text,
  durationInMilliseconds: lenient(finiteNumber),
  textTranscription: text,
  status: text,
  errorMessage: text,
});

/** "Dana Ruiz", or null when the API gave no name. */
export function fullName(first: string | null | undefined, last: string | null | undefined): string | null {
  return [first?.trim(), last?.trim()].filter(Boolean).join(' ') || null;
}

const commentSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1)),
    threadId: v.pipe(v.string(), v.minLength(1)),
    commenterUid: text,
    commenterFirstName: text,
    commenterLastName: text,
    dateCreated: text,
    dateUpdated: text,
    timestampStartInMilliseconds: v.pipe(finiteNumber, v.minValue(0)),
    timestampEndInMilliseconds: lenient(finiteNumber),
    text,
    audio: lenient(audioSchema),
    unreadUids: v.optional(uids, []),
    isPrivate: lenient(v.boolean()),
  }),
  v.transform((raw) => ({
    id: raw.id,
    threadId: raw.threadId,
    commenterUid: raw.commenterUid ?? null,
    commenterName: fullName(raw.commenterFirstName, raw.commenterLastName),
    createdAt: raw.dateCreated ?? null,
    updatedAt: raw.dateUpdated ?? null,
    startMs: raw.timestampStartInMilliseconds,
    endMs: Math.max(raw.timestampStartInMilliseconds, raw.timestampEndInMilliseconds ?? 0),
    text: raw.text ?? '',
    audio: raw.audio
      ? {
          url: safeHttpUrl(raw.audio.storagePath),
          transcription: raw.audio.textTranscription?.trim() || null,
          failed: raw.audio.status === 'failed',
        }
      : null,
    unreadUids: raw.unreadUids,
    isPrivate: raw.isPrivate === true,
  })),
);

export type Comment = v.InferOutput<typeof commentSchema> & {
  /** A write the API has not confirmed yet: shown at once, marked as such. */
  pending?: 'sending' | 'saving';
};

const personSchema = v.object({ uid: lenient(v.string()), firstName: text, lastName: text });

const threadSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.minLength(1)),
    createdBy: text,
    privacy: lenient(v.object({ isPrivate: lenient(v.boolean()) })),
    recipients: lenient(v.record(v.string(), v.unknown())),
    deleted: lenient(v.boolean()),
  }),
  v.transform((raw) => ({
    id: raw.id,
    createdBy: raw.createdBy ?? null,
    isPrivate: raw.privacy?.isPrivate === true,
    deleted: raw.deleted === true,
    recipients: Object.entries(raw.recipients ?? {}).flatMap(([key, value]) => {
      const result = v.safeParse(personSchema, value);
      if (!result.success) return [];
      const uid = result.output.uid ?? key;
      return uid ? [{ uid, name: fullName(result.output.firstName, result.output.lastName) }] : [];
    }),
  })),
);

export type Thread = v.InferOutput<typeof threadSchema>;
export type Person = { uid: string; name: string | null };

const listSchema = v.object({ data: v.unknown() });

export function parseComments(body: unknown): List<Comment> | null {
  const result = v.safeParse(listSchema, body);
  return result.success ? parseItems(commentSchema, result.output.data) : null;
}

export function parseThreads(body: unknown): List<Thread> | null {
  const result = v.safeParse(listSchema, body);
  return result.success ? parseItems(threadSchema, result.output.data) : null;
}

/** One comment in `{ data }`, as a write answers; null when it is not one. */
export function parseOneComment(body: unknown): Comment | null {
  const result = v.safeParse(v.object({ data: commentSchema }), body);
  return result.success ? result.output.data : null;
}
