import { useQuery } from '@tanstack/react-query';
import { Play } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';

import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { cutText, LongText } from '@/components/ui/long-text';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-error';
import { CLIP_AT } from '@/lib/clip-text';
import { formatTimestamp } from '@/lib/format-timestamp';
import { momentUrl } from '@/lib/moment-url';

import { askQueries } from '../api/ask-queries';
import type { ChatAnswer } from '../api/ask-schema';
import { useAskSiro, type Exchange } from '../hooks/use-ask-siro';

export type AskPanelProps = {
  recordingId: string;
  deleted: boolean;
  processing: boolean;
  /** Seek the page's audio to this moment and play. */
  onSeek: (ms: number) => void;
};

const MAX_QUESTION_LENGTH = 2_000;
const buttonClass =
  'rounded-md px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';
const linkButtonClass = 'font-medium text-brand-700 underline underline-offset-2';

/** Questions to Siro about this recording, answered with the moments they rest on. */
export default function AskPanel({ recordingId, deleted, processing, onSeek }: AskPanelProps) {
  const availability = useQuery(askQueries.availability(recordingId));
  const suggestions = useQuery({ ...askQueries.suggestions(recordingId), enabled: !deleted && !processing });
  const refetchAvailability = availability.refetch;
  const wasProcessing = useRef(processing);
  useEffect(() => {
    // Siro says yes only once the transcript is there: ask again when processing ends.
    if (wasProcessing.current && !processing) void refetchAvailability();
    wasProcessing.current = processing;
  }, [processing, refetchAvailability]);

  if (availability.isPending) {
    return (
      <div aria-busy="true" className="space-y-2">
        <span className="sr-only">Checking whether Siro can answer questions about this recording…</span>
        <Skeleton className="h-10 w-full" />
        <Skeleton className="h-8 w-2/3" />
      </div>
    );
  }
  if (availability.isError) {
    return (
      <div role="alert" className="space-y-2 text-sm text-slate-700">
        <p>Siro could not say whether it can answer questions about this recording. {problem(availability.error).message}</p>
        <button type="button" onClick={() => void availability.refetch()} disabled={availability.isFetching} className={linkButtonClass}>
          {availability.isFetching ? 'Trying again…' : 'Try again'}
        </button>
      </div>
    );
  }
  if (!availability.data) return <p className="text-sm text-slate-600">{unavailableReason(deleted, processing)}</p>;
  return <AskForm recordingId={recordingId} suggestions={suggestions.data ?? []} onSeek={onSeek} />;
}

function unavailableReason(deleted: boolean, processing: boolean): string {
  if (deleted) return 'This recording was deleted, so Siro can no longer answer questions about it.';
  if (processing) return 'Siro can answer questions about this recording once it has finished processing.';
  return 'Siro cannot answer questions about this recording: it has no transcript.';
}

function AskForm({ recordingId, suggestions, onSeek }: { recordingId: string; suggestions: string[]; onSeek: (ms: number) => void }) {
  const [draft, setDraft] = useState('');
  const [hint, setHint] = useState(false);
  const fieldId = useId();
  const hintId = useId();
  const field = useRef<HTMLInputElement>(null);
  // A failed or cancelled question comes back to the field, unless the manager is already typing another.
  const giveBack = (question: string) => setDraft((current) => (current.trim() ? current : question));
  const { exchanges, announcement, ask, retry, cancel } = useAskSiro(recordingId, giveBack);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const question = draft.trim();
    if (!question) {
      setHint(true);
      field.current?.focus();
      return;
    }
    setHint(false);
    setDraft('');
    ask(question);
  };
  const resend = (exchange: Exchange) => {
    if (draft.trim() === exchange.question) setDraft('');
    retry(exchange.key, exchange.question);
  };

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-col gap-2 sm:flex-row print:hidden">
        <label htmlFor={fieldId} className="sr-only">
          Ask Siro
        </label>
        <input
          id={fieldId}
          ref={field}
          type="text"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={MAX_QUESTION_LENGTH}
          autoComplete="off"
          enterKeyHint="send"
          dir="auto"
          placeholder="What did they say about the price?"
          aria-describedby={hint ? hintId : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-brand-600 focus:outline-2 focus:outline-brand-600"
        />
        <button type="submit" className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-900`}>
          Ask
        </button>
      </form>
      {hint && (
        <p id={hintId} className="text-sm text-amber-800">
          Type a question first, or pick a suggestion.
        </p>
      )}
      {suggestions.length > 0 && (
        <div role="group" aria-label="Suggested questions" className="flex flex-wrap gap-2 print:hidden">
          {suggestions.map((question) => (
            <button
              key={question}
              type="button"
              onClick={() => ask(question)}
              dir="auto"
              className="max-w-full rounded-full bg-brand-50 px-3 py-1 text-left text-sm break-words text-brand-900 ring-1 ring-brand-100 ring-inset hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
            >
              {cutText(question)}
            </button>
          ))}
        </div>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {exchanges.length > 0 && (
        <ol aria-label="Questions and answers" className="space-y-4">
          {exchanges.map((exchange) => (
            <ExchangeItem
              key={exchange.key}
              exchange={exchange}
              onCancel={() => {
                cancel(exchange.key);
                giveBack(exchange.question);
              }}
              onRetry={() => resend(exchange)}
              onSeek={onSeek}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

type ItemProps = { exchange: Exchange; onCancel: () => void; onRetry: () => void; onSeek: (ms: number) => void };

function ExchangeItem({ exchange, onCancel, onRetry, onSeek }: ItemProps) {
  const questionId = useId();
  return (
    <li aria-labelledby={questionId} className="space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
      <p id={questionId} dir="auto" className="text-sm font-semibold break-words text-slate-900">
        <LongText text={exchange.question} max={300} />
      </p>
      {exchange.status === 'pending' && (
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
          <p role="status">Siro is looking through the conversation…</p>
          <button type="button" onClick={onCancel} aria-describedby={questionId} className={linkButtonClass}>
            Cancel
          </button>
        </div>
      )}
      {exchange.status === 'answered' && <Answer answer={exchange.answer} onSeek={onSeek} />}
      {exchange.status === 'failed' && <Failure error={exchange.error} questionId={questionId} onRetry={onRetry} />}
    </li>
  );
}

function Answer({ answer, onSeek }: { answer: ChatAnswer; onSeek: (ms: number) => void }) {
  return (
    <div className="space-y-2">
      {answer.answer && (
        <p dir="auto" className="text-[15px] leading-relaxed whitespace-pre-line break-words text-slate-800">
          <LongText text={answer.answer} />
        </p>
      )}
      {answer.quotes.length > 0 && (
        <ul aria-label="Quotes cited" className="space-y-1.5">
          {answer.quotes.map((quote, index) => (
            <li key={index} className="flex min-w-0 items-start gap-1">
              <button
                type="button"
                onClick={() => onSeek(quote.startMs)}
                className="flex min-w-0 items-start gap-2 rounded-md px-1 py-0.5 text-left text-sm hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900 tabular-nums">
                  <Play aria-hidden="true" className="size-3 shrink-0" />
                  <span className="sr-only">Play from </span>
                  {formatTimestamp(quote.startMs)}
                </span>
                <q dir="auto" className="min-w-0 break-words text-slate-700 italic">
                  {cutText(quote.text, CLIP_AT)}
                </q>
              </button>
              <CopyLinkButton
                url={() => momentUrl(window.location, quote.startMs)}
                label={`Copy link at ${formatTimestamp(quote.startMs)}`}
                quiet
              />
            </li>
          ))}
        </ul>
      )}
      {answer.quotes.length === 0 && !answer.answer && <p className="text-sm text-slate-600">Siro answered without any words or quotes.</p>}
      {answer.skippedQuotes > 0 && <p className="text-sm text-amber-800">Some quotes could not be read and are not shown.</p>}
    </div>
  );
}

function Failure({ error, questionId, onRetry }: { error: unknown; questionId: string; onRetry: () => void }) {
  const { message, retry } = problem(error);
  return (
    <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-800">
      <p className="break-words">{message}</p>
      {retry && (
        <button type="button" onClick={onRetry} aria-describedby={questionId} className={linkButtonClass}>
          Try again
        </button>
      )}
    </div>
  );
}

/** What went wrong, in a manager's words, and whether trying again may help. */
function problem(error: unknown): { message: string; retry: boolean } {
  if (!(error instanceof ApiError)) return { message: 'Something unexpected went wrong.', retry: true };
  switch (error.kind) {
    case 'rate-limited': {
      const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1_000) : null;
      const wait = seconds ? `Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : 'Wait a moment';
      return { message: `Siro is limiting questions for this token right now. ${wait}, then try again.`, retry: true };
    }
    case 'forbidden':
      return { message: 'Your Siro token is not allowed to ask about this recording.', retry: false };
    case 'not-found':
      return { message: 'Siro no longer has this recording.', retry: false };
    case 'unauthorized':
      return { message: 'Your Siro session has ended. Sign in again to ask.', retry: false };
    case 'validation':
    case 'client':
      return { message: `Siro could not take this question: ${error.message}`, retry: false };
    case 'network':
      return { message: 'The connection was lost before Siro answered. Check that you are online, then try again.', retry: true };
    case 'timeout':
      return { message: `${error.message} Try again, perhaps with a shorter question.`, retry: true };
    default:
      return { message: `Siro could not answer just now. ${error.message}`, retry: true };
  }
}
