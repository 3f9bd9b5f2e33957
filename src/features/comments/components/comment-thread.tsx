import { Lock } from 'lucide-react';
import { useState } from 'react';

import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { cutText } from '@/components/ui/long-text';
import { formatTimestamp } from '@/lib/format-timestamp';
import { momentUrl } from '@/lib/moment-url';

import type { CommentThread as Thread } from '../threads';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { buttonClass } from './styles';

type Props = { recordingId: string; thread: Thread; me: string | null; onSeek: (ms: number) => void };

export function threadRange(thread: { startMs: number; endMs: number }): string {
  const start = formatTimestamp(thread.startMs);
  const end = formatTimestamp(thread.endMs);
  return end === start ? start : `${start} to ${end}`;
}

/** A thread: its moment (a button that plays it), privacy, recipients, comments and a Reply. */
export function CommentThreadView({ recordingId, thread, me, onSeek }: Props) {
  const [replying, setReplying] = useState(false);
  const local = thread.id.startsWith('local-');
  const recipients = thread.recipients.filter((person) => person.uid !== me);
  return (
    <article className="min-w-0 space-y-3 rounded-lg border border-slate-200 p-3" aria-label={`Thread at ${threadRange(thread)}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <button
          type="button"
          onClick={() => onSeek(thread.startMs)}
          aria-label={`Play from ${threadRange(thread)}`}
          className={buttonClass('plain') + ' tabular-nums'}
        >
          {threadRange(thread)}
        </button>
        <CopyLinkButton url={() => momentUrl(window.location, thread.startMs)} label={`Copy link at ${formatTimestamp(thread.startMs)}`} />
        {thread.isPrivate && (
          <span className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800">
            <Lock aria-hidden="true" size={12} />
            Private: only visible to its author
          </span>
        )}
        {recipients.length > 0 && (
          <span className="text-slate-600">
            To{' '}
            {recipients.map((person, index) => (
              <span key={person.uid}>
                {index > 0 && ', '}
                <bdi>{cutText(person.name ?? 'Unnamed user', 120)}</bdi>
              </span>
            ))}
          </span>
        )}
      </div>
      <ol className="space-y-3">
        {thread.comments.map((comment, index) => (
          <li key={comment.id} className={index > 0 ? 'border-l-2 border-slate-200 pl-3' : undefined}>
            <CommentItem recordingId={recordingId} comment={comment} me={me} onSeek={onSeek} />
          </li>
        ))}
      </ol>
      {replying ? (
        <CommentForm
          recordingId={recordingId}
          me={me}
          target={{ startMs: thread.startMs, endMs: thread.endMs, threadId: thread.id }}
          onDone={() => setReplying(false)}
          onCancel={() => setReplying(false)}
        />
      ) : (
        !local && (
          <button type="button" className={buttonClass('plain')} onClick={() => setReplying(true)}>
            Reply
          </button>
        )
      )}
    </article>
  );
}
