import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { inboxQueries } from '../api/inbox-queries';
import type { Hit, SearchPage } from '../api/search-schema';
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
  const answeredAt = useAnsweredAt(pages, query.dataUpdatedAt);
  return { ...query, hits, skipped, total: pages?.[0]?.total ?? null, answeredAt };
}

/**
 * When the list was answered, for the rows' "2 hours ago": a next page added keeps it, so the rows
 * already loaded (all of them stay mounted) are not drawn again; a refetch of the list moves it.
 */
function useAnsweredAt(pages: SearchPage[] | undefined, updatedAt: number): number {
  const [seen, setSeen] = useState({ pages, updatedAt, answeredAt: updatedAt });
  if (seen.pages === pages && seen.updatedAt === updatedAt) return seen.answeredAt;
  const appended = Boolean(pages && seen.pages && pages.length > seen.pages.length && seen.pages.every((page, i) => pages[i] === page));
  const answeredAt = appended ? seen.answeredAt : updatedAt;
  setSeen({ pages, updatedAt, answeredAt });
  return answeredAt;
}
