import { MessageSquarePlus } from 'lucide-react';
import { useMemo } from 'react';

import { EmptyState, SkippedNotice } from '@/components/ui/panel-frame';
import { formatTimestamp } from '@/lib/format-timestamp';

import { useComposer, useComposerState, type Anchor } from '../composer';
import { useCommentThreads } from '../hooks/use-comment-threads';
import { useMe } from '../me';
import { knownPeople } from '../threads';
import { CommentForm } from './comment-form';
import { CommentThreadView, threadRange } from './comment-thread';
import { buttonClass } from './styles';

export type CommentsPanelProps = {
  recordingId: string;
  /** Where the audio is now: a new comment is pinned there. */
  currentMs: () => number;
  onSeek: (ms: number) => void;
  /** The recording's rep, who can be told of a comment. */
  repUid?: string | null;
};

function anchorText(anchor: Anchor): string {
  if (!anchor.fromLines) return `At ${formatTimestamp(anchor.startMs)}, the current playback time`;
  return anchor.lines > 1 ? `On the lines from ${threadRange(anchor)}` : `On the line at ${formatTimestamp(anchor.startMs)}`;
}

/** The Comments panel's body: Add comment, the form, and the threads in time order. */
export default function CommentsPanel({ recordingId, currentMs, onSeek, repUid }: CommentsPanelProps) {
  const { threads, skipped, comments } = useCommentThreads(recordingId);
  const me = useMe();
  const composer = useComposer();
  const anchor = useComposerState((state) => state.anchor);
  const focusRequests = useComposerState((state) => state.focusRequests);
  const people = useMemo(() => {
    const known = knownPeople(threads ?? []).filter((person) => person.uid !== me);
    const withRoles = known.map((person) => ({ ...person, role: person.uid === repUid ? 'rep' : undefined }));
    if (repUid && repUid !== me && !known.some((person) => person.uid === repUid))
      withRoles.unshift({ uid: repUid, name: 'The rep', role: undefined });
    return withRoles;
  }, [threads, me, repUid]);

  let list;
  if (comments.isPending) {
    list = (
      <p className="text-sm text-slate-600" aria-busy="true">
        Loading comments…
      </p>
    );
  } else if (comments.isError && !threads) {
    list = (
      <div role="alert" className="text-sm text-slate-700">
        <p>The comments could not be loaded: {comments.error.message}</p>
        <button
          type="button"
          onClick={() => void comments.refetch()}
          disabled={comments.isFetching}
          className="mt-2 font-medium text-brand-700 underline"
        >
          {comments.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  } else if (!threads?.length) {
    list = <EmptyState>No comments yet. Pin one to a moment with Add comment, or with the button beside a transcript line.</EmptyState>;
  } else {
    list = (
      <ol className="space-y-3">
        {threads.map((thread) => (
          <li key={thread.id}>
            <CommentThreadView recordingId={recordingId} thread={thread} me={me} onSeek={onSeek} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <div className="space-y-3">
      {anchor ? (
        <CommentForm
          key={anchor.fromLines ? 'lines' : `at-${anchor.startMs}`}
          recordingId={recordingId}
          me={me}
          target={anchor}
          where={anchorText(anchor)}
          people={people}
          focusKey={focusRequests}
          onDone={composer.close}
          onCancel={composer.close}
        />
      ) : (
        <button type="button" className={buttonClass('primary')} onClick={() => composer.openAt(Math.round(currentMs()))}>
          <MessageSquarePlus aria-hidden="true" size={16} />
          Add comment
        </button>
      )}
      {list}
      <SkippedNotice count={skipped} noun="comment" plural="comments" />
    </div>
  );
}
