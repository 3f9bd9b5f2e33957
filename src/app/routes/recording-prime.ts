import type { QueryClient } from '@tanstack/react-query';

import { summarySectionsQueryOptions } from '@/features/conversation/api/get-summary-sections';
import { recordingQueries } from '@/features/recordings/api/get-recording';
import type { PanelFlags } from '@/features/recordings/panels';

/**
 * If the early requests (startEarlyRequests) have already answered, puts them in the cache before
 * the first render, so the page appears as the early paint drew it rather than as a skeleton (or
 * with the plain summary before its sections); never waits for them otherwise.
 */
export async function primeRecordingCache(queryClient: QueryClient, target: { id: string; flags: PanelFlags }) {
  const primed = [queryClient.prefetchQuery(recordingQueries.detail(target.id, target.flags))];
  if (target.flags.showSummary) primed.push(queryClient.prefetchQuery(summarySectionsQueryOptions(target.id)));
  await Promise.race([Promise.all(primed), new Promise((resolve) => setTimeout(resolve, 0))]);
}
