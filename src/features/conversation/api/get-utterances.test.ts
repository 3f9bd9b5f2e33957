import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';
import { UTTERANCES } from '@/testing/msw/conversation';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server, watchRequests } from '@/testing/msw/server';

import { getUtterancesPage, nextUtterancesCursor, utterancesInfiniteOptions } from './get-utterances';
import type { UtterancePage } from './utterances-schema';

const line = (text: string, startTimeInMillis: number, extra: Record<string, unknown> = {}) => ({
  utterance: text,
  startTimeInMillis,
  endTimeInMillis: startTimeInMillis + 900,
  speakerTag: '0',
  redacted: false,
  confidence: 0.95,
  ...extra,
});
const page = (count: number, cursor: number | null | undefined, skipped = 0): UtterancePage => ({
  items: Array.from({ length: count }, (_, index) => ({
    text: `l${index}`,
    startMs: index,
    endMs: undefined,
    speakerTag: '0',
    redacted: false,
    confidence: undefined,
  })),
  skipped,
  speakerMap: {},
  cursor,
});

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('nextUtterancesCursor', () => {
  it("follows the API's next-page cursor", () => {
    expect(nextUtterancesCursor(page(50, 2), 1, 50)).toBe(2);
    expect(nextUtterancesCursor(page(50, 7), 6, 50)).toBe(7);
  });

  it('stops when the cursor is null', () => {
    expect(nextUtterancesCursor(page(50, null), 3, 50)).toBeUndefined();
  });

  it('stops on an empty page whatever the cursor says', () => {
    expect(nextUtterancesCursor(page(0, 5), 4, 50)).toBeUndefined();
  });

  it('reads an echoed or missing cursor by whether the page was full', () => {
    expect(nextUtterancesCursor(page(50, 1), 1, 50)).toBe(2);
    expect(nextUtterancesCursor(page(50, undefined), 2, 50)).toBe(3);
    expect(nextUtterancesCursor(page(12, 3), 3, 50)).toBeUndefined();
    expect(nextUtterancesCursor(page(48, undefined, 2), 1, 50)).toBe(2);
  });

  it('never asks past a thousand pages', () => {
    expect(nextUtterancesCursor(page(50, 1_001), 1_000, 50)).toBeUndefined();
  });

  it('is what the infinite query uses', () => {
    const options = utterancesInfiniteOptions('r1', { pageSize: 50 });
    expect(options.initialPageParam).toBe(1);
    expect(options.getNextPageParam(page(50, 2), [], 1, [1])).toBe(2);
    expect(options.getNextPageParam(page(10, null), [], 2, [1, 2])).toBeUndefined();
  });
});

describe('getUtterancesPage', () => {
  it('asks for one page by cursor and size, the id as one path segment', async () => {
    server.use(
      http.get(UTTERANCES, () =>
        HttpResponse.json({ data: { utterances: [], speakerMap: {}, isLowDataMode: false }, cursor: null, pageSize: 100 }),
      ),
    );
    const sent = watchRequests();
    await getUtterancesPage('a/b', 3, 100);
    const { url } = sent[0]!;
    expect(url.pathname).toBe('/api/siro/v1/core/recordings/a%2Fb/utterances');
    expect(url.searchParams.get('cursor')).toBe('3');
    expect(url.searchParams.get('pageSize')).toBe('100');
  });

  it('skips and counts unreadable lines, and tolerates missing optional fields', async () => {
    server.use(
      http.get(UTTERANCES, () =>
        HttpResponse.json({
          data: {
            utterances: [
              line('Hello', 1_000),
              'junk',
              { utterance: 'no start' },
              { startTimeInMillis: 2_000, redacted: true },
              line('Hi', 3_000, { speakerTag: 1, confidence: null }),
            ],
            speakerMap: { 0: 'Marcus', 1: 42 },
          },
          cursor: '2',
          pageSize: 5,
        }),
      ),
    );
    const result = await getUtterancesPage('r1', 1, 5);
    expect(result.skipped).toBe(2);
    expect(result.cursor).toBe(2);
    expect(result.speakerMap).toEqual({ 0: 'Marcus' });
    expect(result.items).toEqual([
      { text: 'Hello', startMs: 1_000, endMs: 1_900, speakerTag: '0', redacted: false, confidence: 0.95 },
      { text: '', startMs: 2_000, endMs: undefined, speakerTag: '', redacted: true, confidence: undefined },
      { text: 'Hi', startMs: 3_000, endMs: 3_900, speakerTag: '1', redacted: false, confidence: undefined },
    ]);
  });

  it('rejects a body without data as invalid-response', async () => {
    server.use(http.get(UTTERANCES, () => HttpResponse.json({ utterances: [] })));
    await expect(getUtterancesPage('r1', 1, 5)).rejects.toMatchObject({ kind: 'invalid-response' });
    await expect(getUtterancesPage('r1', 1, 5)).rejects.toBeInstanceOf(ApiError);
  });
});

describe('utterancesInfiniteOptions', () => {
  it('loads page after page until the cursor runs out', async () => {
    const pages: Record<string, object> = {
      1: { data: { utterances: [line('one', 0), line('two', 1)], speakerMap: {} }, cursor: 2 },
      2: { data: { utterances: [line('three', 2)], speakerMap: {} }, cursor: null },
    };
    server.use(http.get(UTTERANCES, ({ request }) => HttpResponse.json(pages[new URL(request.url).searchParams.get('cursor') ?? ''])));
    const sent = watchRequests();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = utterancesInfiniteOptions('r1', { pageSize: 2 });
    await queryClient.fetchInfiniteQuery({ ...options, pages: 5 });
    const data = queryClient.getQueryData(options.queryKey);
    expect(data?.pages.flatMap((p) => p.items.map((item) => item.text))).toEqual(['one', 'two', 'three']);
    expect(data?.pageParams).toEqual([1, 2]);
    expect(sent).toHaveLength(2);
  });
});
