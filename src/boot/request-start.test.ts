import { afterEach, describe, expect, it, vi } from 'vitest';

import { earlyState, forgetEarlyRequests } from '@/lib/early-requests';
import { watchRequests } from '@/testing/msw/server';

import { startEarlyRequests } from './request-start';

/** The requests started, in order, as `METHOD /path?query`. */
const startedRequests = () => [...earlyState().requests.keys()].map((key) => key.trimEnd());
const at = (path: string) => new URL(path, 'https://dash.example.com') as unknown as Location;

afterEach(async () => {
  // Answered within the test, not after its environment is gone.
  await Promise.allSettled([...earlyState().requests.values()].map(({ answer }) => answer));
  forgetEarlyRequests();
  delete earlyState().start;
  sessionStorage.clear();
});

describe('startEarlyRequests', () => {
  it('starts, at once, the recording with its panel flags and its summary sections; the rest when asked (startRest)', async () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const sent = watchRequests();
    const started = startEarlyRequests(at('/recordings/rec%2F1?showEntityExtractions=false'));

    expect(started).toMatchObject({ kind: 'recording', withSummary: true });
    const firstScreen = [
      'GET /api/siro/v1/core/recordings/rec%2F1?showSummary=true&showCrmCustomers=true&showCrmOpportunities=true&showEvaluationScore=true&showFollowups=true',
      'GET /api/siro/v2/core/recordings/rec%2F1/summary',
    ];
    expect(startedRequests()).toEqual(firstScreen);

    if (started?.kind === 'recording') started.startRest();
    expect(startedRequests()).toEqual([
      ...firstScreen,
      // The full document, as the app will ask for it, so the app adopts this one.
      'POST /api/siro/v1/core/recordings {"ids":["rec/1"]}',
      'GET /api/siro/v1/core/recordings/rec%2F1/utterances?cursor=1&pageSize=100',
      'GET /api/siro/v1/core/recordings/rec%2F1/comments',
      'GET /api/siro/v1/core/recordings/rec%2F1/threads',
      'POST /api/siro/v1/core/recordings/rec%2F1/signedUrl',
    ]);
    await vi.waitFor(() => expect(sent).toHaveLength(7));
    for (const { headers } of sent) expect(headers.get('x-siro-auth-token')).toBe('tok-123');
  });

  it('asks only for the recording, then its full document, when Summary, Transcript and Comments are off', () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const started = startEarlyRequests(at('/recordings/r1?showSummary=false&showTranscript=false&showComments=false'));
    expect(started).toMatchObject({ sections: null, withSummary: false });
    if (started?.kind === 'recording') started.startRest();
    expect(startedRequests()).toEqual([
      'GET /api/siro/v1/core/recordings/r1?showCrmCustomers=true&showCrmOpportunities=true&showEntityExtractions=true&showEvaluationScore=true&showFollowups=true',
      'POST /api/siro/v1/core/recordings {"ids":["r1"]}',
    ]);
  });

  it('starts them once per page: the inline copy, then the boot entry, make one set of requests', async () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const sent = watchRequests();
    const first = startEarlyRequests(at('/recordings/r1'));
    expect(startEarlyRequests(at('/recordings/r1'))).toBe(first);
    if (first?.kind === 'recording') {
      first.startRest();
      first.startRest();
    }
    await Promise.allSettled([...earlyState().requests.values()].map(({ answer }) => answer));
    expect(sent).toHaveLength(7);
  });

  it.each(['/', '/recordings'])('starts the inbox search on %s, with the filters in its URL, for the boot script to paint', (path) => {
    sessionStorage.setItem('siro.token', 'tok-123');
    expect(startEarlyRequests(at(`${path}?q=roof&team=t1&sort=oldest`))).toMatchObject({ kind: 'inbox', search: expect.any(Promise) });
    const started = startedRequests();
    expect(started).toHaveLength(1);
    const [line, body] = /^(POST \/api\/siro\/v1\/core\/recordings\/search) (.*)$/.exec(started[0] ?? '')?.slice(1) ?? [];
    expect(line).toBe('POST /api/siro/v1/core/recordings/search');
    expect(JSON.parse(body ?? 'null')).toMatchObject({
      query: { searchText: 'roof', teamIds: ['t1'], sort: 'dateCreated', sortDirection: 'asc' },
      page: 1,
    });
  });

  it("starts the follow-up queue's first page on /follow-ups, with the filters in its URL, for the boot script to paint", () => {
    sessionStorage.setItem('siro.token', 'tok-123');
    expect(startEarlyRequests(at('/follow-ups?status=TO_DO&minScore=4'))).toMatchObject({ kind: 'followups', list: expect.any(Promise) });
    expect(startedRequests()).toEqual(['GET /api/siro/v1/core/followups?limit=25&minimumScore=4&statuses=TO_DO']);
  });

  it.each([
    ['no token', null, '/recordings/r1'],
    ['a page that is neither a recording nor the inbox', 'tok-123', '/settings'],
    ['an id that is refused', 'tok-123', `/recordings/${'x'.repeat(1_500)}`],
  ])('asks for nothing with %s', (_name, token, path) => {
    if (token) sessionStorage.setItem('siro.token', token);
    expect(startEarlyRequests(at(path))).toBeNull();
    expect(startedRequests()).toEqual([]);
  });

  it.each([
    ['/recordings/r1', 'recording'],
    ['/recordings', 'inbox'],
    ['/follow-ups', 'followups'],
  ])('on %s, names the page (its paint is preloaded there) before any request starts', (path, kind) => {
    sessionStorage.setItem('siro.token', 'tok-123');
    const first = vi.fn(() => expect(startedRequests()).toEqual([]));
    startEarlyRequests(at(path), first);
    expect(first).toHaveBeenCalledExactlyOnceWith(kind);
    expect(startedRequests().length).toBeGreaterThan(0);
  });

  it('names no page where it asks for nothing', () => {
    const first = vi.fn();
    expect(startEarlyRequests(at('/recordings/r1'), first)).toBeNull();
    expect(first).not.toHaveBeenCalled();
  });
});
