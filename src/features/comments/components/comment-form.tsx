import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { cutText } from '@/components/ui/long-text';

import type { Person } from '../api/comment-schema';
import { commentQueries } from '../api/get-comments';
import type { NewComment } from '../api/write-comments';
import { mayHaveLanded, usePostComment, writeProblem } from '../hooks/use-comment-writes';
import { buttonClass } from './styles';

type Props = {
  recordingId: string;
  me: string | null;
  /** A new thread at this range, or a reply in this thread. */
  target: { startMs: number; endMs: number; threadId?: string };
  /** Where it is pinned, in words ("At 12:40", "Lines 0:45 to 1:10"). */
  where?: string;
  /** People who can be told; none for a reply. */
  people?: readonly (Person & { role?: string })[];
  focusKey?: number;
  onDone: () => void;
  onCancel: () => void;
};

/** Posts a new thread (Comment, Only visible to me, recipients) or a reply; keeps the text on failure. */
export function CommentForm({ recordingId, me, target, where, people = [], focusKey, onDone, onCancel }: Props) {
  const reply = target.threadId !== undefined;
  const queryClient = useQueryClient();
  const post = usePostComment(recordingId);
  const [text, setText] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [recipients, setRecipients] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
  /** After an answer that never came: what the list held then, to check before posting again. */
  const [check, setCheck] = useState<ReadonlySet<string> | null>(null);
  const sending = useRef(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();
  const busy = post.isPending;

  useEffect(() => {
    field.current?.focus();
  }, [focusKey]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setProblem('Write a comment first.');
      field.current?.focus();
      return;
    }
    // One click, one comment: a second submit before the first has settled does nothing.
    if (sending.current) return;
    sending.current = true;
    setProblem(null);
    const comment: NewComment = {
      text: trimmed,
      highlightRange: { start: Math.round(target.startMs), end: Math.round(target.endMs) },
      recipients:
        reply || isPrivate
          ? []
          : people
              .filter((person) => recipients.has(person.uid))
              .map((person) => {
                const [firstName = '', ...rest] = (person.name ?? '').split(' ');
                return { type: 'user' as const, key: person.uid, firstName, lastName: rest.join(' ') };
              }),
      isPrivate: reply ? false : isPrivate,
      ...(reply ? { selectedThreadId: target.threadId } : {}),
    };
    const before = check;
    // What the list holds before this attempt: were its answer lost, a comment not in here is the one it made.
    const known = before ?? new Set((queryClient.getQueryData(commentQueries.list(recordingId).queryKey)?.items ?? []).map((c) => c.id));
    post.mutate(
      { comment, check: before, me },
      {
        onSuccess: () => {
          setText('');
          setCheck(null);
          onDone();
        },
        onError: (error) => {
          if (mayHaveLanded(error)) setCheck(known);
          setProblem(writeProblem(error, 'post'));
          field.current?.focus();
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };

  const label = reply ? 'Reply' : 'Comment';
  return (
    <form onSubmit={submit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
      {where && <p className="text-sm font-medium text-slate-700">{where}</p>}
      <div className="space-y-1">
        <label className="block text-sm font-medium text-slate-800" htmlFor={`${errorId}-text`}>
          {label}
        </label>
        <textarea
          id={`${errorId}-text`}
          ref={field}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={3}
          dir="auto"
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-[15px] focus-visible:outline-2 focus-visible:outline-brand-600"
        />
      </div>
      {!reply && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={isPrivate}
            onChange={(event) => setPrivate(event.target.checked)}
            className="size-4 accent-brand-600"
          />
          Only visible to me
        </label>
      )}
      {!reply && !isPrivate && people.length > 0 && (
        <fieldset className="min-w-0">
          <legend className="text-sm font-medium text-slate-800">Tell (optional)</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {people.map((person) => (
              <label key={person.uid} className="flex min-w-0 items-center gap-2 text-sm text-slate-800">
                <input
                  type="checkbox"
                  checked={recipients.has(person.uid)}
                  onChange={(event) => {
                    const next = new Set(recipients);
                    if (event.target.checked) next.add(person.uid);
                    else next.delete(person.uid);
                    setRecipients(next);
                  }}
                  className="size-4 accent-brand-600"
                />
                <bdi>{cutText(person.name ?? 'Unnamed user', 120)}</bdi>
                {person.role && <span className="text-slate-600">({person.role})</span>}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {problem && (
        <p id={errorId} role="alert" className="text-sm text-red-800">
          {problem}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy} className={buttonClass('primary')}>
          {busy ? 'Posting…' : reply ? 'Post reply' : 'Post'}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass('plain')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
