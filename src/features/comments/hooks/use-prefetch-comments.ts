import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { prefetchComments } from '../api/prefetch-comments';

/** From the route, as the recording request starts; on a first page view it adopts src/early-start.ts's requests. */
export function usePrefetchComments(id: string | null, shown: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (id && shown) prefetchComments(queryClient, id);
  }, [queryClient, id, shown]);
}
