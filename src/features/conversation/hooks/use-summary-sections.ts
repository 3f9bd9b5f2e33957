import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { summarySectionsQueryOptions, type SummarySection } from '../api/get-summary-sections';

/**
 * The v2 summary's sections when the Summary panel is on, else undefined. Also undefined while
 * they load or when they fail: the panel then shows the plain summary, never a blank.
 */
export function useSummarySections(recordingId: string, enabled: boolean, processing: boolean): SummarySection[] | undefined {
  const query = useQuery({ ...summarySectionsQueryOptions(recordingId), enabled });
  const { refetch } = query;
  const wasProcessing = useRef(processing);
  useEffect(() => {
    if (enabled && wasProcessing.current && !processing) void refetch();
    wasProcessing.current = processing;
  }, [enabled, processing, refetch]);
  return enabled ? query.data : undefined;
}
