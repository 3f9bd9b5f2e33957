import { useEffect, useRef } from 'react';

import { markViewed } from '../api/mark-viewed';

/**
 * Once per page view of a recording that loaded. A failure is Siro's bookkeeping, not the
 * manager's problem: nothing is shown and nothing is tried again.
 */
export function useMarkViewed(id: string, loaded: boolean) {
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded || reported.current === id) return;
    reported.current = id;
    markViewed(id).catch(() => {});
  }, [id, loaded]);
}
