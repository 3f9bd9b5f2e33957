import { useQuery } from '@tanstack/react-query';

import { summarySectionsQueryOptions } from '../api/get-summary-sections';
import type { SummarySection } from '../api/summary-sections-schema';
import { useRefetchWhenProcessed } from './use-refetch-when-processed';

/**
 * The v2 summary's sections when the Summary panel is on, else undefined. Also undefined while
 * they load or when they fail: the panel then shows the plain summary, never a blank.
 */
export function useSummarySections(recordingId: string, enabled: boolean, processing: boolean): SummarySection[] | undefined {
  const query = useQuery({ ...summarySectionsQueryOptions(recordingId), enabled });
  useRefetchWhenProcessed(processing, query.refetch, enabled);
  return enabled ? query.data : undefined;
}
