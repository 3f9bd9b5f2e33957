import { afterEach, describe, expect, it } from 'vitest';
import { earlyState, forgetEarlyRequests } from '@/lib/early-requests';
import { fetchedUrl, jsonResponse, stubFetch } from '@/testing/http';
import { startEarlyRequests } from './early-start';

const at = (path: string) => new URL(path, 'https://dash.example.com') as unknown as Location;
const answers = () => Array.from({ length: 4 }, () => jsonResponse({ data: {} }));

afterEach(() => {
  forgetEarlyRequests();
  delete earlyState().start;
  sessionStorage.clear();
});

describe('startEarlyRequests', () => {
  it('starts, at once, the recording with its panel flags and what its switched-on panels will ask for', () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const fetchMock = stubFetch(...answers());
    const started = startEarlyRequests(at('/recordings/rec%2F1?showEntityExtractions=false'));

    expect(started?.withSummary).toBe(true);
    const calls = fetchMock.mock.calls.map((_, index) => {
      const url = fetchedUrl(fetchMock, index);
      return `${fetchMock.mock.calls[index]?.[1]?.method} ${url.pathname}${url.search}`;
    });
    expect(calls).toEqual([
      'GET /api/siro/v1/core/recordings/rec%2F1?showSummary=true&showCrmCustomers=true&showCrmOpportunities=true&showEvaluationScore=true&showFollowups=true',
      'GET /api/siro/v2/core/recordings/rec%2F1/summary',
      'GET /api/siro/v1/core/recordings/rec%2F1/utterances?cursor=1&pageSize=100',
      'POST /api/siro/v1/core/recordings/rec%2F1/signedUrl',
    ]);
    for (const [, init] of fetchMock.mock.calls) expect(init?.headers).toMatchObject({ 'x-siro-auth-token': 'tok-123' });
  });

  it('asks only for the recording when Summary and Transcript are off', () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const fetchMock = stubFetch(...answers());
    const started = startEarlyRequests(at('/recordings/r1?showSummary=false&showTranscript=false'));
    expect(started).toMatchObject({ sections: null, withSummary: false });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('starts them once per page: the inline copy, then boot.ts, make one set of requests', () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const fetchMock = stubFetch(...answers());
    const first = startEarlyRequests(at('/recordings/r1'));
    expect(startEarlyRequests(at('/recordings/r1'))).toBe(first);
    expect(fetchMock).toHaveBeenCalledTimes(4);
  });

  it.each(['/', '/recordings'])('starts the inbox search on %s, with the filters in its URL, and paints nothing', (path) => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const fetchMock = stubFetch(...answers());
    expect(startEarlyRequests(at(`${path}?q=roof&team=t1&sort=oldest`))).toBeNull();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchedUrl(fetchMock, 0).pathname).toBe('/api/siro/v1/core/recordings/search');
    const init = fetchMock.mock.calls[0]?.[1];
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toMatchObject({ query: { searchText: 'roof', teamIds: ['t1'], sort: 'dateCreated', sortDirection: 'asc' }, page: 1 });
  });

  it.each([
    ['no token', null, '/recordings/r1'],
    ['a page that is neither a recording nor the inbox', 'tok-123', '/settings'],
    ['an id that is refused', 'tok-123', `/recordings/${'x'.repeat(1_500)}`],
  ])('asks for nothing with %s', (_name, token, path) => {
    if (token) sessionStorage.setItem('siro.token', token);
    const fetchMock = stubFetch();
    expect(startEarlyRequests(at(path))).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
