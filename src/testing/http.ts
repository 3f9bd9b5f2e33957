import { vi } from 'vitest';

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
}

/** Replaces fetch for one test (restoreMocks puts it back); each call gets the next response. */
export function stubFetch(...responses: Array<Response | Error>) {
  const fetchMock = vi.spyOn(globalThis, 'fetch');
  for (const response of responses) {
    if (response instanceof Error) fetchMock.mockRejectedValueOnce(response);
    else fetchMock.mockResolvedValueOnce(response);
  }
  return fetchMock;
}

/** The URL of the nth fetch call, parsed against the page origin. */
export function fetchedUrl(fetchMock: ReturnType<typeof stubFetch>, call = 0): URL {
  const input = fetchMock.mock.calls[call]?.[0];
  return new URL(String(input), window.location.origin);
}
