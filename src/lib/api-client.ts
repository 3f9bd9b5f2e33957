import { REQUEST_TIMEOUT_MS } from '@/config/api';

import { ApiError, kindForStatus } from './api-error';
import { adoptEarlyRequest, receive, requestUrl, type Method } from './early-requests';
import { redactToken } from './redact';
import { parseRetryAfter } from './retry';

type RequestOptions = {
  token: string | null;
  search?: URLSearchParams;
  signal?: AbortSignal;
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** For the rare call known to take longer than REQUEST_TIMEOUT_MS (a generated answer). */
  timeoutMs?: number;
  /** Outlives the page: a last report sent as it is hidden or closed. */
  keepalive?: boolean;
};

/**
 * Calls the Siro API through the same-origin proxy and returns the parsed JSON body.
 * Throws ApiError for every failure, so callers never see a raw body, a stack or the token.
 */
export async function apiRequest(path: string, options: RequestOptions): Promise<unknown> {
  if (!options.token) throw new ApiError('unauthorized', 'Sign in with your Siro API token.');
  const method = options.method ?? 'GET';
  const url = requestUrl(path, options.search);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const early = adoptEarlyRequest(method, url, options.token, body);
  const limitMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;

  let timeout: AbortSignal | undefined;
  let response: Response;
  let text: string;
  try {
    if (early) {
      timeout = early.timeout;
      ({ response, text } = await early.answer);
    } else {
      timeout = AbortSignal.timeout(limitMs);
      const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
      ({ response, text } = await receive(url, options.token, method, signal, body, options.keepalive));
    }
  } catch (error) {
    if (timeout?.aborted) {
      throw new ApiError('timeout', `Siro did not answer within ${limitMs / 1_000} seconds.`, { cause: error });
    }
    // A caller's abort (navigation, unmount) propagates as is; react-query expects it.
    if (options.signal?.aborted) throw error;
    if (error instanceof RangeError) throw new ApiError('invalid-response', error.message, { cause: error });
    throw new ApiError('network', 'The connection to Siro was lost.', { cause: error });
  }

  const answer = parseJson(text);
  if (!response.ok) {
    const message = redactToken(errorMessage(response, text, answer), options.token);
    throw new ApiError(kindForStatus(response.status), message, {
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    });
  }
  if (answer === undefined) {
    // A write may answer 204 or an empty 200: nothing to read is not a broken answer there.
    if (method !== 'GET' && text.trim() === '') return null;
    throw new ApiError('invalid-response', 'Siro answered with something that is not data.', {
      status: response.status,
    });
  }
  return answer;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The API's own words when it gave them in a documented shape ({ error }, a validation report,
 * the gateway's { message }); a plain sentence otherwise. An undocumented body (a proxy's JSON,
 * a stack trace, plain text) is never shown: it means nothing to a manager and may leak internals.
 */
export function errorMessage(response: Response, text: string, body: unknown): string {
  if (isRecord(body)) {
    const own = fitToShow(body.error) ?? issuesMessage(body.issues) ?? fitToShow(body.message);
    if (own) return own;
  }
  const looksLikeHtml = /^\s*</.test(text) || response.headers.get('content-type')?.includes('html');
  const statusText = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (looksLikeHtml) return `A server between you and Siro answered with an error page (${statusText}).`;
  return `Siro answered with an error (${statusText}).`;
}

const MAX_MESSAGE_LENGTH = 300;
/** A validation report may list thousands of issues: the first few say what to fix. */
const MAX_ISSUES_SHOWN = 5;

/** One line of prose, not a stack trace; long messages are cut. */
function fitToShow(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const line = value.trim().split('\n')[0]?.trim() ?? '';
  if (!line || /^\s*at\s.+:\d+/.test(value.trim().split('\n')[1] ?? '')) return null;
  return line.length > MAX_MESSAGE_LENGTH ? `${line.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : line;
}

function issuesMessage(issues: unknown): string | null {
  if (!Array.isArray(issues)) return null;
  const messages = issues.flatMap((issue) => {
    const message = isRecord(issue) ? fitToShow(issue.message) : null;
    if (!isRecord(issue) || !message) return [];
    const path = Array.isArray(issue.path)
      ? issue.path.filter((part) => typeof part === 'string' || typeof part === 'number').join('.')
      : '';
    return [path ? `${cut(path, MAX_MESSAGE_LENGTH)}: ${message}` : message];
  });
  if (!messages.length) return null;
  const more = messages.length - MAX_ISSUES_SHOWN;
  return cut(messages.slice(0, MAX_ISSUES_SHOWN).join('; '), 1_000) + (more > 0 ? `; and ${more.toLocaleString('en-US')} more` : '');
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
