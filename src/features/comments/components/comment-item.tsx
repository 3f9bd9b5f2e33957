import { useId, useRef, useState, type FormEvent } from 'react';

import { cutText } from '@/components/ui/long-text';
import { formatDateTime } from '@/lib/format';
import { formatTimestamp } from '@/lib/format-timestamp';

import type { Comment } from '../api/comment-schema';
import { useDeleteComment, useEditComment, writeProblem } from '../hooks/use-comment-writes';
import { CommentText } from './comment-text';
import { buttonClass } from './styles';

type Props = { recordingId: string; comment: Comment; me: string | null; onSeek: (ms: number) => void };

/** One comment: who, when, the words (or a voice comment), and Edit / Delete for its author. */
export function CommentItem({ recordingId, comment, me, onSeek }: Props) {
  const mine = me !== null && comment.commenterUid === me;
  const unread = me !== null && comment.unreadUids.includes(me);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const edit = useEditComment(recordingId);
  const remove = useDeleteComment(recordingId);
  const name = mine ? 'You' : cutText(comment.commenterName ?? 'Someone', 120);
  const when = formatDateTime(comment.createdAt);
  const at = formatTimestamp(comment.startMs);
  const local = comment.id.startsWith('local-');

  return (
    <div className="min-w-0 space-y-1">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
        <bdi className="font-semibold text-slate-900">{name}</bdi>
        <button
          type="button"
          onClick={() => onSeek(comment.startMs)}
          aria-label={`Play from ${at}`}
          className={buttonClass('link') + ' min-h-0 py-0 tabular-nums'}
        >
          {at}
        </button>
        {when && (
          <time dateTime={comment.createdAt ?? undefined} className="text-slate-600">
            {when}
          </time>
        )}
        {unread && <span className="rounded-full bg-brand-600 px-2 text-xs font-medium text-white">Unread</span>}
        {comment.pending && (
          <span role="status" className="text-xs text-slate-600 italic">
            {comment.pending === 'sending' ? 'Sending…' : 'Saving…'}
          </span>
        )}
      </div>
      {editing ? (
        <EditForm
          initial={comment.text}
          onCancel={() => setEditing(false)}
          onSave={(text, done) => {
            setProblem(null);
            edit.mutate(
              { id: comment.id, text },
              { onSuccess: () => setEditing(false), onError: (error) => setProblem(writeProblem(error, 'change')), onSettled: done },
            );
          }}
          pending={edit.isPending}
          problem={problem}
        />
      ) : (
        <>
          {comment.text && <CommentText text={comment.text} />}
          {comment.audio && <VoiceComment audio={comment.audio} />}
        </>
      )}
      {!editing && problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      {mine && !editing && !local && (
        <div className="flex flex-wrap items-center gap-2">
          {confirming ? (
            <div role="group" aria-label="Delete this comment?" className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-800">Delete this comment?</span>
              <button
                type="button"
                className={buttonClass('danger')}
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(comment.id, {
                    onError: (error) => {
                      setConfirming(false);
                      setProblem(writeProblem(error, 'change'));
                    },
                  })
                }
              >
                Delete comment
              </button>
              <button type="button" className={buttonClass('plain')} onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          ) : (
            <>
              <button
                type="button"
                className={buttonClass('link')}
                onClick={() => setEditing(true)}
                disabled={comment.audio !== null && !comment.text}
              >
                Edit
              </button>
              <button type="button" className={buttonClass('link')} onClick={() => setConfirming(true)}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

type EditProps = {
  initial: string;
  pending: boolean;
  problem: string | null;
  onCancel: () => void;
  onSave: (text: string, done: () => void) => void;
};

function EditForm({ initial, pending, problem, onCancel, onSave }: EditProps) {
  const [text, setText] = useState(initial);
  const id = useId();
  const saving = useRef(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || saving.current) return;
    saving.current = true;
    onSave(text.trim(), () => {
      saving.current = false;
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        Edit comment
      </label>
      <textarea
        id={id}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the manager just asked to edit this very text
        autoFocus
        dir="auto"
        rows={3}
        value={text}
        onChange={(event) => setText(event.target.value)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-[15px] focus-visible:outline-2 focus-visible:outline-brand-600"
      />
      {problem && (
        <p role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')} disabled={pending || !text.trim()}>
          {pending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className={buttonClass('plain')} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function VoiceComment({ audio }: { audio: NonNullable<Comment['audio']> }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">Voice comment</p>
      {audio.transcription ? <CommentText text={audio.transcription} /> : <p className="text-sm text-slate-600">No transcription.</p>}
      {audio.url && !audio.failed && (
        // The transcription above is its text alternative.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <audio controls preload="none" src={audio.url} aria-label="Play the voice comment" className="h-9 w-full max-w-sm" />
      )}
    </div>
  );
}
