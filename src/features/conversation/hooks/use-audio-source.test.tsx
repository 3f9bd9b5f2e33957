import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { SIGNED_URL } from '@/testing/msw/conversation';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server } from '@/testing/msw/server';
import { createTestQueryClient } from '@/testing/render';

import { EXPIRY_MARGIN_MS } from '../api/get-signed-url';
import { createAudioStore } from '../audio-store';
import { MIN_RENEWAL_MS } from '../renewal';
import { useAudioSource } from './use-audio-source';

const MINUTE = 60_000;

/** Every POST answers a new URL that expires `lifetime` after this device's now, or fails. */
function stubSignedUrls(answer: (call: number) => number | Error) {
  let calls = 0;
  server.use(
    http.post(SIGNED_URL, () => {
      const result = answer(calls++);
      if (result instanceof Error) return HttpResponse.json({ error: result.message }, { status: 400 });
      const expires = Date.now() + result;
      return HttpResponse.json({ data: { error: false, url: `sample-audio/rec-1.wav?expires=${expires}`, expiration: expires } });
    }),
  );
  return () => calls;
}

function renderSource() {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const store = createAudioStore();
  return { store, ...renderHook(() => useAudioSource('rec-1', store, false), { wrapper }) };
}

/** Lets the fake clock run, answering fetches (microtasks) along the way. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

beforeEach(() => {
  tokenStore.signIn(DEMO_TOKEN, false);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  tokenStore.signOut();
});

describe('useAudioSource: renewing the signed URL while paused', () => {
  it('renews a healthy URL once, shortly before it expires', async () => {
    const requests = stubSignedUrls(() => 15 * MINUTE);
    const { result } = renderSource();
    await elapse(0);
    expect(result.current.source?.url).toContain('sample-audio/rec-1.wav');
    expect(requests()).toBe(1);

    await elapse(15 * MINUTE - EXPIRY_MARGIN_MS - 1_000);
    expect(requests()).toBe(1);
    await elapse(2_000);
    expect(requests()).toBe(2);
  });

  it('does not loop when every URL looks expired already (a device clock ahead): a minimum interval, then backoff', async () => {
    // The server's expiry is two minutes behind this device's clock on every answer.
    const requests = stubSignedUrls(() => -2 * MINUTE);
    renderSource();
    await elapse(0);
    expect(requests()).toBe(1);

    await elapse(MIN_RENEWAL_MS - 100);
    expect(requests(), 'nothing before the minimum interval').toBe(1);
    await elapse(100);
    expect(requests()).toBe(2);
    // Then 2×, 4×, 8× the minimum: 5 s, 10 s, 20 s, 40 s after each answer.
    await elapse(2 * MIN_RENEWAL_MS);
    expect(requests()).toBe(3);
    await elapse(4 * MIN_RENEWAL_MS);
    expect(requests()).toBe(4);
    await elapse(10 * MINUTE);
    expect(requests(), 'a handful over ten minutes, not thousands').toBeLessThanOrEqual(9);
  });

  it('a URL shorter-lived than the margin is renewed after the minimum interval, and a healthy answer resets the backoff', async () => {
    const requests = stubSignedUrls((call) => (call < 3 ? 10_000 : 15 * MINUTE));
    renderSource();
    await elapse(0);
    await elapse(MIN_RENEWAL_MS + 2 * MIN_RENEWAL_MS + 4 * MIN_RENEWAL_MS);
    expect(requests()).toBe(4);
    await elapse(14 * MINUTE);
    expect(requests(), 'the fourth URL lasts 15 minutes').toBe(4);
    await elapse(MINUTE);
    expect(requests()).toBe(5);
  });

  it('a renewal that fails is tried again later, backing off, and the old URL stays in use meanwhile', async () => {
    const requests = stubSignedUrls((call) => (call === 0 ? 15 * MINUTE : new Error('Bad request')));
    const { result } = renderSource();
    await elapse(0);
    const first = result.current.source?.url;

    await elapse(15 * MINUTE - EXPIRY_MARGIN_MS);
    expect(requests()).toBe(2);
    expect(result.current.source?.url).toBe(first);
    await elapse(MIN_RENEWAL_MS);
    expect(requests()).toBe(3);
    await elapse(2 * MIN_RENEWAL_MS);
    expect(requests()).toBe(4);
  });

  it('while playing, waits for a pause to renew', async () => {
    const requests = stubSignedUrls(() => 15 * MINUTE);
    const { result, store } = renderSource();
    await elapse(0);
    store.playingChanged(true);

    await elapse(15 * MINUTE);
    expect(requests()).toBe(1);
    store.playingChanged(false);
    act(() => result.current.onPause());
    await elapse(0);
    expect(requests()).toBe(2);
  });
});
