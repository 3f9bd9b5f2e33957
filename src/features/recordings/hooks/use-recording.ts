import { useQuery, useQueryClient } from '@tanstack/react-query';

import { findCachedSuperset, recordingQueries } from '../api/get-recording';
import type { PanelFlags } from '../panels';

export function useRecording(id: string, flags: PanelFlags) {
  const queryClient = useQueryClient();
  return useQuery({
    ...recordingQueries.detail(id, flags),
    // Switching a panel off is served from data we already hold with that panel in it.
    initialData: () => findCachedSuperset(queryClient, id, flags)?.data,
    initialDataUpdatedAt: () => findCachedSuperset(queryClient, id, flags)?.updatedAt,
    // Switching a panel on keeps the others on screen while it loads; another ID never borrows data.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });
}
