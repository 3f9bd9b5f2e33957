import { useEffect } from 'react';

import { revealAllAndSettle } from '@/hooks/use-near-viewport';

/** How long a jump waits for the panels above its section to load before it lands again. */
const SETTLE_MS = 3_000;

/**
 * A jump to a section (the section navigation's links, or a link with its #anchor) lands on it,
 * and stays there: the panels on the way load as they come near, each growing from its skeleton,
 * and would push the section out of view. The jump loads them all, then lands again.
 */
export function useSectionJump(anchors: readonly string[]) {
  const key = anchors.join(' ');
  useEffect(() => {
    const known = new Set(key.split(' '));
    let current = 0;
    const land = async () => {
      const anchor = decodeURIComponent(window.location.hash.slice(1));
      if (!known.has(anchor)) return;
      const jump = ++current;
      await revealAllAndSettle(SETTLE_MS);
      if (jump === current) document.getElementById(anchor)?.scrollIntoView();
    };
    void land();
    window.addEventListener('hashchange', land);
    return () => {
      current++;
      window.removeEventListener('hashchange', land);
    };
  }, [key]);
}
