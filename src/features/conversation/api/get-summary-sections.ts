import { queryOptions } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { summarySectionsPath } from './paths';
import { parseSummarySections, type SummarySection } from './summary-sections-schema';

const STALE_TIME_MS = 30_000;

export async function getSummarySections(id: string, signal?: AbortSignal): Promise<SummarySection[]> {
  const body = await apiRequest(summarySectionsPath(id), { token: tokenStore.token(), signal });
  const sections = parseSummarySections(body);
  if (!sections) throw new ApiError('invalid-response', 'Siro answered, but not with a readable summary.');
  return sections;
}

export function summarySectionsQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['recordings', 'summary-sections', id] as const,
    queryFn: ({ signal }) => getSummarySections(id, signal),
    staleTime: STALE_TIME_MS,
  });
}
