import { useEffect, useState, type RefObject } from 'react';

const revealers = new Set<() => void>();
// Once everything was asked for (a print, a jump to a section), what mounts later (a panel inside a
// panel that just loaded) is wanted at once too, until a print is done.
let allWanted = false;
if (typeof window !== 'undefined') {
  // The browser's own Print (Ctrl+P) cannot wait for code to load, but it may be in time.
  window.addEventListener('beforeprint', () => revealAll());
  window.addEventListener('afterprint', () => (allWanted = false));
}

/** Everything held back for later is wanted now (printing shows every panel). */
export function revealAll() {
  allWanted = true;
  revealers.forEach((reveal) => reveal());
}

/**
 * revealAll, then waits (at most `timeoutMs`) until nothing in the page's main is still loading,
 * so that what comes next (a print, a scroll to a section) sees every panel at its own height.
 */
export async function revealAllAndSettle(timeoutMs: number) {
  revealAll();
  const deadline = Date.now() + timeoutMs;
  do await new Promise((resolve) => requestAnimationFrame(resolve));
  while (document.querySelector('main [aria-busy="true"]') && Date.now() < deadline);
}

/**
 * True once `ref`'s element comes within `margin` of the viewport, and from then on: for code
 * worth downloading only when it is about to be seen (a phone that never scrolls to the
 * transcript never pays for it). Without IntersectionObserver, true at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(() => allWanted || typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const reveal = () => setNear(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    revealers.add(reveal);
    return () => {
      observer.disconnect();
      revealers.delete(reveal);
    };
  }, [ref, margin, near]);

  return near;
}
