import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { defaultFilters } from '@/lib/url-filters';
import { SEARCH } from '@/testing/msw/inbox';
import { server } from '@/testing/msw/server';
import { createTestQueryClient } from '@/testing/render';

import { INBOX_FILTERS, PAGE_SIZE } from '../filters';
import { useInboxSearch } from './use-inbox-search';

/** Pages of PAGE_SIZE hits out of two pages' worth. */
function fakeSearch() {
  server.use(
    http.post(SEARCH, async ({ request }) => {
      const { page } = (await request.json()) as { page: number };
      const hits = Array.from({ length: PAGE_SIZE }, (_, index) => ({
        recordingId: `r${(page - 1) * PAGE_SIZE + index}`,
        dateCreated: Date.parse('2026-04-01T10:00:00Z'),
        title: 'A recording',
      }));
      return HttpResponse.json({ data: { hits, estimatedTotalHits: 2 * PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } });
    }),
  );
}

function renderSearch() {
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return renderHook(() => useInboxSearch(defaultFilters(INBOX_FILTERS)), { wrapper });
}

beforeEach(() => tokenStore.signIn('inbox-test-token', false));
afterEach(() => {
  tokenStore.signOut();
  vi.restoreAllMocks();
});

describe('useInboxSearch', () => {
  it('keeps when the list was answered as a next page comes, and moves it when the list is fetched again', async () => {
    fakeSearch();
    let clock = Date.parse('2026-04-02T10:00:00Z');
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const { result } = renderSearch();
    await waitFor(() => expect(result.current.hits).toHaveLength(PAGE_SIZE));
    const answeredAt = result.current.answeredAt;
    expect(answeredAt).toBe(clock);

    clock += 60_000;
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.hits).toHaveLength(2 * PAGE_SIZE));
    expect(result.current.dataUpdatedAt).toBe(clock);
    expect(result.current.answeredAt, 'the rows already there say the same "2 hours ago"').toBe(answeredAt);

    clock += 60_000;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.answeredAt).toBe(clock));
  });
});
