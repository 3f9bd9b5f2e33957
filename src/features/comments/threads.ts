import { cutText } from '@/components/ui/long-text';
import { formatTimestamp } from '@/lib/format-timestamp';

import type { Comment, Person, Thread } from './api/comment-schema';

/** A thread as the panel shows it: its comments in order, and what the thread metadata adds. */
export type CommentThread = {
  id: string;
  startMs: number;
  endMs: number;
  isPrivate: boolean;
  recipients: readonly Person[];
  comments: readonly Comment[];
};

const byDate = (a: Comment, b: Comment) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '');

/** Threads in time order, from the comments (the thread list only adds privacy and recipients). */
export function buildThreads(comments: readonly Comment[], threads: readonly Thread[] = []): CommentThread[] {
  const meta = new Map(threads.map((thread) => [thread.id, thread]));
  const grouped = new Map<string, Comment[]>();
  for (const comment of comments) {
    const list = grouped.get(comment.threadId);
    if (list) list.push(comment);
    else grouped.set(comment.threadId, [comment]);
  }
  return [...grouped.entries()]
    .flatMap(([id, list]) => {
      const ordered = [...list].sort(byDate);
      const first = ordered[0]!;
      const thread = meta.get(id);
      if (thread?.deleted) return [];
      return [
        {
          id,
          startMs: first.startMs,
          endMs: first.endMs,
          isPrivate: thread?.isPrivate ?? ordered.some((comment) => comment.isPrivate),
          recipients: thread?.recipients ?? [],
          comments: ordered,
        },
      ];
    })
    .sort((a, b) => a.startMs - b.startMs || byDate(a.comments[0]!, b.comments[0]!));
}

/** Everyone the page knows by name from the comments: commenters and recipients. */
export function knownPeople(threads: readonly CommentThread[]): Person[] {
  const people = new Map<string, Person>();
  for (const thread of threads) {
    for (const comment of thread.comments) {
      if (comment.commenterUid && !people.get(comment.commenterUid)?.name) {
        people.set(comment.commenterUid, { uid: comment.commenterUid, name: comment.commenterName });
      }
    }
    for (const person of thread.recipients) if (!people.get(person.uid)?.name) people.set(person.uid, person);
  }
  return [...people.values()];
}

/**
 * Each thread as a moment to mark on the seek bar and the transcript, in the shape the player
 * takes: a button named "Comment by Dana Ruiz at 12:40".
 */
export function threadMarkers(threads: readonly CommentThread[]) {
  return threads.map((thread) => {
    const first = thread.comments[0]!;
    const author = first.commenterName ? cutText(first.commenterName, 120) : first.pending ? 'you' : 'someone';
    return {
      id: `comment-${thread.id}`,
      atMs: thread.startMs,
      label: `Comment by ${author} at ${formatTimestamp(thread.startMs)}`,
      glyph: '💬',
      kind: 'comment',
    };
  });
}
