import type { ReactNode } from 'react';

import { ApiError } from '@/lib/api-error';
import { MAX_DELAY_MS } from '@/lib/retry';

import { PageTitle } from './page-title';

/** The words that depend on what failed to load (a recording, the inbox…). */
export type ErrorCopy = {
  forbiddenTitle: string;
  forbiddenText: string;
  notFoundTitle: string;
  notFoundText: ReactNode;
  failedTitle: string;
};

type Props = {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  copy: ErrorCopy;
  /** The way elsewhere (a link), shown where retrying would not help. */
  wayOut: ReactNode;
};

/**
 * One message and one way forward per cause of a failed request; never a raw body or a stack.
 * (A 401 never gets here: it sends the manager to sign in.)
 */
export function ApiErrorCard({ error, retrying, onRetry, copy, wayOut }: Props) {
  const apiError = error instanceof ApiError ? error : null;
  const retry = (
    <button
      type="button"
      onClick={onRetry}
      disabled={retrying}
      className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
    >
      {retrying ? 'Retrying…' : 'Retry'}
    </button>
  );

  switch (apiError?.kind) {
    case 'forbidden':
      return (
        <ErrorCard title={copy.forbiddenTitle}>
          <p>{copy.forbiddenText}</p>
          <div className="flex flex-wrap gap-4">{wayOut}</div>
        </ErrorCard>
      );
    case 'not-found':
      return (
        <ErrorCard title={copy.notFoundTitle}>
          <p>{copy.notFoundText}</p>
          <div>{wayOut}</div>
        </ErrorCard>
      );
    case 'validation':
    case 'client':
      return (
        <ErrorCard title="Siro could not accept this request">
          <p className="break-words">{apiError.message}</p>
          <div className="flex flex-wrap gap-4">{wayOut}</div>
        </ErrorCard>
      );
    case 'rate-limited':
      return (
        <ErrorCard title="Too many requests right now">
          <p>
            Siro is limiting requests for this token.{' '}
            {retrying
              ? 'Retrying shortly…'
              : (apiError.retryAfterMs ?? 0) > MAX_DELAY_MS
                ? `Siro asks to wait ${waitInWords(apiError.retryAfterMs!)}, then retry.`
                : 'Wait a moment, then retry.'}
          </p>
          <div>{retry}</div>
        </ErrorCard>
      );
    case 'timeout':
      return (
        <ErrorCard title="Siro is taking too long">
          <p>{apiError.message} Check your connection, then retry.</p>
          <div>{retry}</div>
        </ErrorCard>
      );
    default:
      return (
        <ErrorCard title={copy.failedTitle}>
          <p>{describe(apiError)}</p>
          <div className="flex flex-wrap items-center gap-4">
            {retry}
            {wayOut}
          </div>
        </ErrorCard>
      );
  }
}

function describe(error: ApiError | null): string {
  if (!error) return 'Something unexpected went wrong.';
  if (error.kind === 'network') return 'The connection was lost. Check that you are online, then retry.';
  // A message that already names the status (an error page, an undocumented body) stands alone.
  if (error.kind === 'server' && !error.message.includes(`HTTP ${error.status}`)) {
    return `Siro had a problem answering (HTTP ${error.status}). ${error.message}`;
  }
  return error.message;
}

function waitInWords(milliseconds: number): string {
  const seconds = Math.ceil(milliseconds / 1_000);
  return seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`; // only ever over 30 s
}

export function ErrorCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="alert" className="space-y-3 rounded-xl border border-red-200 bg-white p-5 text-sm text-slate-800 shadow-sm">
      <PageTitle>{title}</PageTitle>
      <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
      {children}
    </div>
  );
}
