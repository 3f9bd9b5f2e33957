import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

export type SentRequest = { method: string; url: URL; headers: Headers };

/** Every request the test makes from now on, in the order sent, parsed against the page origin. */
export function watchRequests(): SentRequest[] {
  const sent: SentRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    sent.push({ method: request.method, url: new URL(request.url), headers: request.headers });
  });
  return sent;
}
