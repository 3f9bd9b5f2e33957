import { useEffect, useRef } from 'react';

/**
 * A recording that finishes processing has a transcript, summary sections and audio where it
 * had none, and whatever was cached while it processed says so: ask again, once, as it finishes.
 */
export function useRefetchWhenProcessed(processing: boolean, refetch: () => unknown, enabled = true) {
  const wasProcessing = useRef(processing);
  useEffect(() => {
    if (enabled && wasProcessing.current && !processing) void refetch();
    wasProcessing.current = processing;
  }, [enabled, processing, refetch]);
}
