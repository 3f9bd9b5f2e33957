import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { createTestQueryClient } from '@/testing/render';

import { usePrefetchTranscriptAndAudio } from './use-prefetch-transcript';

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

function renderPrefetch(shown: { summary: boolean; transcript: boolean }) {
  const queryClient = createTestQueryClient();
  const transcript = vi.spyOn(queryClient, 'prefetchInfiniteQuery');
  const others = vi.spyOn(queryClient, 'prefetchQuery');
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const view = renderHook((flags: typeof shown) => usePrefetchTranscriptAndAudio('rec-1', flags), { wrapper, initialProps: shown });
  const keysOf = (spy: typeof others) => spy.mock.calls.map(([options]) => options.queryKey[1]);
  return { ...view, transcript, others, keysOf };
}

describe('usePrefetchTranscriptAndAudio', () => {
  it('starts the transcript, the summary sections and the audio URL for the panels shown', () => {
    const { transcript, others, keysOf } = renderPrefetch({ summary: true, transcript: true });
    expect(transcript).toHaveBeenCalledTimes(1);
    expect(keysOf(others).sort()).toEqual(['audio-url', 'summary-sections']);
  });

  it('switching Summary off and on again never touches the transcript, nor the audio URL while the transcript is shown', () => {
    const { rerender, transcript, others, keysOf } = renderPrefetch({ summary: true, transcript: true });
    rerender({ summary: false, transcript: true });
    rerender({ summary: true, transcript: true });
    expect(transcript).toHaveBeenCalledTimes(1);
    expect(keysOf(others).filter((key) => key === 'audio-url')).toHaveLength(1);
    expect(keysOf(others).filter((key) => key === 'summary-sections')).toHaveLength(2);
  });

  it('asks for no audio URL when nothing could play it', () => {
    const { transcript, others } = renderPrefetch({ summary: false, transcript: false });
    expect(transcript).not.toHaveBeenCalled();
    expect(others).not.toHaveBeenCalled();
  });
});
