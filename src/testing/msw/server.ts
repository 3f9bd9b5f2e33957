import { http, matchRequestUrl } from 'msw';
import { setupServer } from 'msw/node';

import { handlers } from './handlers';

export const server = setupServer(...handlers);

export type SentRequest = { method: string; url: URL; headers: Headers };

/**
 * Every request the test makes from now on (to `path` only, an MSW path such as RECORDING, when
 * given), in the order sent.
 */
export function watchRequests(path?: string): SentRequest[] {
  const sent: SentRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (path && !matchRequestUrl(url, path, url.origin).matches) return;
    sent.push({ method: request.method, url, headers: request.headers });
  });
  return sent;
}

type Answer = () => Response | Promise<Response>;

/** A resolver answering with each of `answers` in turn, then the last one from then on. */
export function inTurn(...answers: Answer[]): Answer {
  let next = 0;
  return () => answers[Math.min(next++, answers.length - 1)]!();
}

/**
 * For this test, `path` (any method) answers with each of `answers` in turn, then the last from
 * then on. Returns the requests it gets.
 */
export function answer(path: string, ...answers: Answer[]): SentRequest[] {
  server.use(http.all(path, inTurn(...answers)));
  return watchRequests(path);
}
