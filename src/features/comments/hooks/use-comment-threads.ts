import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { commentQueries } from '../api/get-comments';
import { buildThreads } from '../threads';

/** The recording's threads, in time order; the thread list only adds to what the comments say. */
export function useCommentThreads(recordingId: string, enabled = true) {
  const comments = useQuery({ ...commentQueries.list(recordingId), enabled });
  const threads = useQuery({ ...commentQueries.threads(recordingId), enabled });
  const built = useMemo(
    () => (comments.data ? buildThreads(comments.data.items, threads.data?.items) : undefined),
    [comments.data, threads.data],
  );
  return { threads: built, skipped: comments.data?.skipped ?? 0, comments, threadsQuery: threads };
}
