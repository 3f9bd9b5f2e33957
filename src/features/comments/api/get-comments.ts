import { queryOptions } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import type { List } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

import { parseComments, parseThreads, type Comment, type Thread } from './comment-schema';
import { commentsPath, threadsPath } from './paths';

const STALE_TIME_MS = 30_000;

export async function getComments(recordingId: string, signal?: AbortSignal): Promise<List<Comment>> {
  const comments = parseComments(await apiRequest(commentsPath(recordingId), { token: tokenStore.token(), signal }));
  if (!comments) throw new ApiError('invalid-response', 'Siro answered, but not with readable comments.');
  return comments;
}

export async function getThreads(recordingId: string, signal?: AbortSignal): Promise<List<Thread>> {
  const threads = parseThreads(await apiRequest(threadsPath(recordingId), { token: tokenStore.token(), signal }));
  if (!threads) throw new ApiError('invalid-response', 'Siro answered, but not with readable threads.');
  return threads;
}

export const commentQueries = {
  all: (recordingId: string) => ['comments', recordingId] as const,
  list: (recordingId: string) =>
    queryOptions({
      queryKey: [...commentQueries.all(recordingId), 'list'] as const,
      queryFn: ({ signal }) => getComments(recordingId, signal),
      staleTime: STALE_TIME_MS,
    }),
  threads: (recordingId: string) =>
    queryOptions({
      queryKey: [...commentQueries.all(recordingId), 'threads'] as const,
      queryFn: ({ signal }) => getThreads(recordingId, signal),
      staleTime: STALE_TIME_MS,
    }),
};
