import { API_BASE_PATH, REQUEST_TIMEOUT_MS } from '@/config/api';

// The raw call to Siro through the same-origin proxy, and the requests startEarlyRequests starts
// with it while the page is still loading. The first apiRequest for the same method, URL and
// token adopts one, so a page view still makes each request once. Nothing else here: the
// script inlined into index.html holds a copy of this code.

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type EarlyAnswer = { response: Response; text: string };
type Early = { token: string; answer: Promise<EarlyAnswer>; timeout: AbortSignal };

/** What startEarlyRequests started: the answers the boot script draws the first screen from. */
export type EarlyStart =
  | {
      kind: 'recording';
      recording: Promise<EarlyAnswer>;
      sections: Promise<EarlyAnswer> | null;
      withSummary: boolean;
      /** Starts the page's other requests (full document, transcript, comments, audio URL), once. */
      startRest: () => void;
      /** The first screen, drawn by the second inline script; where nothing was inlined (dev), boot draws it. */
      painted?: Promise<void>;
    }
  | { kind: 'inbox'; search: Promise<EarlyAnswer> }
  | { kind: 'followups'; list: Promise<EarlyAnswer> };

/**
 * `start`: undefined until startEarlyRequests has run, null when it had nothing to ask.
 * `paint`: the first screen the boot script drew outside React's root, until the app takes over.
 */
export type EarlyState = { requests: Map<string, Early>; start?: EarlyStart | null; paint?: Element };

// Kept on the page, not in this module: the copy inlined into index.html and the app's own
// bundle are two instances of this code, and the app adopts what the inline copy started.
declare global {
  var __siroEarly: EarlyState | undefined;
}
export function earlyState(): EarlyState {
  return (globalThis.__siroEarly ??= { requests: new Map() });
}
/** How an early request is found again: its method, URL and body. */
export const earlyRequestKey = (method: Method, url: string, body = '') => `${method} ${url} ${body}`;

export function requestUrl(path: string, search?: URLSearchParams): string {
  const query = search?.toString();
  return `${API_BASE_PATH}${path}${query ? `?${query}` : ''}`;
}

/** Past this, an answer is refused rather than read: no view of one recording needs more. */
export const MAX_ANSWER_BYTES = 10 * 1024 * 1024;

/**
 * One call, its answer read as text: the token in its header, nothing of the browser session,
 * never from or into the HTTP cache (the next person on this device must not see it), never
 * redirected (the token would follow). `signal` also ends the body's reading. `body` is JSON text.
 * Throws a RangeError for an answer past MAX_ANSWER_BYTES, declared or counted.
 */
export async function receive(
  url: string,
  token: string,
  method: Method,
  signal: AbortSignal,
  body?: string,
  keepalive?: boolean,
): Promise<EarlyAnswer> {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      'x-siro-auth-token': token,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body,
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect: 'error',
    ...(keepalive ? { keepalive } : {}),
    // The page is these answers: ahead of images and prefetches on a slow link.
    priority: 'high',
  });
  return { response, text: await readText(response, signal) };
}

async function readText(response: Response, signal: AbortSignal): Promise<string> {
  const tooLarge = () => new RangeError(`Siro answered with more than ${MAX_ANSWER_BYTES / 1024 / 1024} MB.`);
  if (Number(response.headers.get('content-length')) > MAX_ANSWER_BYTES) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    signal.throwIfAborted();
    if (done) {
      signal.removeEventListener('abort', stop);
      return text + decoder.decode();
    }
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      stop();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

export function preloadRequest(
  path: string,
  options: { token: string; search?: URLSearchParams; method?: Method; body?: string },
): Promise<EarlyAnswer> {
  const url = requestUrl(path, options.search);
  const method = options.method ?? 'GET';
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const answer = receive(url, options.token, method, timeout, options.body);
  answer.catch(() => {}); // Reported when adopted; unadopted, nobody needs to hear of it.
  earlyState().requests.set(earlyRequestKey(method, url, options.body), { token: options.token, answer, timeout });
  return answer;
}

/** The early request for exactly this call (method, URL and body), once: a second call asks again. */
export function adoptEarlyRequest(method: Method, url: string, token: string, body?: string): Early | undefined {
  const { requests } = earlyState();
  const early = requests.get(earlyRequestKey(method, url, body));
  requests.delete(earlyRequestKey(method, url, body));
  return early?.token === token ? early : undefined;
}

/** The app shows the same page now: the boot script's copy, drawn over it, goes. */
export function removeEarlyPaint() {
  const state = earlyState();
  state.paint?.remove();
  delete state.paint;
}

/** Sign-out: an early request nobody adopted must not keep the token it was sent with. */
export function forgetEarlyRequests() {
  earlyState().requests.clear();
}
