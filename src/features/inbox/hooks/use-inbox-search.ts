import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { inboxQueries } from '../api/inbox-queries';
import type { Hit } from '../api/search-schema';
import type { InboxFilters } from '../filters';

/** The list for these filters, page after page; the previous list stays on screen while new filters load. */
export function useInboxSearch(filters: InboxFilters) {
  const query = useInfiniteQuery({ ...inboxQueries.search(filters), placeholderData: keepPreviousData });
  const pages = query.data?.pages;
  const { hits, skipped } = useMemo(() => {
    const seen = new Set<string>();
    const unique: Hit[] = [];
    let skippedCount = 0;
    for (const page of pages ?? []) {
      skippedCount += page.skipped;
      for (const hit of page.hits) {
        // Pages of a list that changed in between may overlap: a row appears once.
        if (seen.has(hit.recordingId)) continue;
        seen.add(hit.recordingId);
        unique.push(hit);
      }
    }
    return { hits: unique, skipped: skippedCount };
  }, [pages]);
  return { ...query, hits, skipped, total: pages?.[0]?.total ?? null };
}
