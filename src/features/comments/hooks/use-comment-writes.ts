import { useMutation, useQueryClient } from '@tanstack/react-query';

import { ApiError } from '@/lib/api-error';
import type { List } from '@/lib/lenient';

import type { Comment } from '../api/comment-schema';
import { commentQueries } from '../api/get-comments';
import { deleteComment, editComment, postComment, type NewComment } from '../api/write-comments';
import { rememberMe } from '../me';

// Every write shows at once and is reconciled with Siro's answer, or rolled back on failure (the
// form keeps what was typed). No write is retried automatically: a POST that may have landed is
// only sent again after the list, fetched afresh, shows that it did not.

type Comments = List<Comment>;

/** A failure after which the comment may exist anyway: the answer, not the request, was lost. */
export function mayHaveLanded(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server' || error.kind === 'invalid-response';
}

/** The comment an earlier, unanswered post created, if it did. */
export function findLanded(comments: readonly Comment[], draft: NewComment, before: ReadonlySet<string>, me: string | null) {
  return comments.find(
    (comment) =>
      !before.has(comment.id) &&
      comment.text === draft.text &&
      (draft.selectedThreadId ? comment.threadId === draft.selectedThreadId : comment.startMs === draft.highlightRange.start) &&
      (me === null || comment.commenterUid === me),
  );
}

export type PostVariables = {
  comment: NewComment;
  /** After an ambiguous failure: the ids the list held before, so a comment that landed is found, not posted twice. */
  check?: ReadonlySet<string> | null;
  me: string | null;
};

let localIds = 0;

export function usePostComment(recordingId: string) {
  const queryClient = useQueryClient();
  const list = commentQueries.list(recordingId);
  return useMutation({
    mutationKey: [...commentQueries.all(recordingId), 'post'],
    retry: false,
    mutationFn: async ({ comment, check, me }: PostVariables) => {
      if (check) {
        const fresh = await queryClient.fetchQuery({ ...list, staleTime: 0, retry: false });
        const landed = findLanded(fresh.items, comment, check, me);
        if (landed) return landed;
      }
      return postComment(recordingId, comment);
    },
    onMutate: async ({ comment, me }) => {
      await queryClient.cancelQueries({ queryKey: list.queryKey });
      const previous = queryClient.getQueryData(list.queryKey);
      localIds += 1;
      const optimistic: Comment = {
        id: `local-${localIds}`,
        threadId: comment.selectedThreadId ?? `local-thread-${localIds}`,
        commenterUid: me,
        commenterName: null,
        createdAt: new Date().toISOString(),
        updatedAt: null,
        startMs: comment.highlightRange.start,
        endMs: comment.highlightRange.end,
        text: comment.text,
        audio: null,
        unreadUids: [],
        isPrivate: comment.isPrivate,
        pending: 'sending',
      };
      queryClient.setQueryData(list.queryKey, (old: Comments | undefined) => ({
        items: [...(old?.items ?? []), optimistic],
        skipped: old?.skipped ?? 0,
      }));
      return { previous, optimisticId: optimistic.id };
    },
    onError: (_error, _variables, context) => {
      queryClient.setQueryData(list.queryKey, context?.previous);
    },
    onSuccess: (saved, _variables, context) => {
      rememberMe(saved.commenterUid);
      queryClient.setQueryData(list.queryKey, (old: Comments | undefined) => {
        const items = (old?.items ?? []).filter((comment) => comment.id !== context.optimisticId && comment.id !== saved.id);
        return { items: [...items, saved], skipped: old?.skipped ?? 0 };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentQueries.all(recordingId) }),
  });
}

/** Applies `change` to one comment of the cached list, returning the list as it was. */
async function changeCached(queryClient: ReturnType<typeof useQueryClient>, recordingId: string, change: (items: Comment[]) => Comment[]) {
  const { queryKey } = commentQueries.list(recordingId);
  await queryClient.cancelQueries({ queryKey });
  const previous = queryClient.getQueryData(queryKey);
  queryClient.setQueryData(queryKey, (old: Comments | undefined) => old && { ...old, items: change(old.items) });
  return { previous };
}

export function useEditComment(recordingId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = commentQueries.list(recordingId);
  return useMutation({
    mutationKey: [...commentQueries.all(recordingId), 'edit'],
    retry: false,
    mutationFn: ({ id, text }: { id: string; text: string }) => editComment(recordingId, id, text),
    onMutate: ({ id, text }) =>
      changeCached(queryClient, recordingId, (items) =>
        items.map((comment) => (comment.id === id ? { ...comment, text, pending: 'saving' } : comment)),
      ),
    onError: (_error, _variables, context) => queryClient.setQueryData(queryKey, context?.previous),
    onSuccess: (saved) => {
      rememberMe(saved.commenterUid);
      queryClient.setQueryData(
        queryKey,
        (old: Comments | undefined) => old && { ...old, items: old.items.map((comment) => (comment.id === saved.id ? saved : comment)) },
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentQueries.all(recordingId) }),
  });
}

export function useDeleteComment(recordingId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = commentQueries.list(recordingId);
  return useMutation({
    mutationKey: [...commentQueries.all(recordingId), 'delete'],
    retry: false,
    mutationFn: (id: string) => deleteComment(recordingId, id),
    onMutate: (id) => changeCached(queryClient, recordingId, (items) => items.filter((comment) => comment.id !== id)),
    onError: (_error, _id, context) => queryClient.setQueryData(queryKey, context?.previous),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentQueries.all(recordingId) }),
  });
}

/** What went wrong with a write, in words, with what happens to the manager's text. */
export function writeProblem(error: unknown, what: 'post' | 'change'): string {
  const kind = error instanceof ApiError ? error.kind : 'network';
  const message = error instanceof Error ? error.message : '';
  if (kind === 'forbidden') {
    return what === 'post'
      ? 'This token can read but not comment. Your text is kept here; ask your Siro admin for a token with write access.'
      : `Siro did not allow this change: ${message}`;
  }
  if (kind === 'unauthorized') return 'Your session has expired. Copy your text, then sign in again.';
  if (kind === 'validation') return `Siro did not accept this: ${message}`;
  if (kind === 'rate-limited') return 'Siro is receiving too many requests. Wait a moment, then try again.';
  if (kind === 'not-found') return 'This comment or recording no longer exists.';
  if (what === 'post' && mayHaveLanded(error)) {
    return `The comment may not have been posted (${message}). Your text is kept: post again, and Siro's list is checked first so it is never posted twice.`;
  }
  return `That did not work: ${message}`;
}
