import { useEffect, useState, type RefObject } from 'react';

const revealers = new Set<() => void>();

/** Everything held back for later is wanted now (printing shows every panel). */
export function revealAll() {
  revealers.forEach((reveal) => reveal());
}

/**
 * True once `ref`'s element comes within `margin` of the viewport, and from then on: for code
 * worth downloading only when it is about to be seen (a phone that never scrolls to the
 * transcript never pays for it). Without IntersectionObserver, true at once.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');

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
    // The browser's own Print (Ctrl+P) cannot wait for code to load, but it may be in time.
    window.addEventListener('beforeprint', reveal);
    return () => {
      observer.disconnect();
      revealers.delete(reveal);
      window.removeEventListener('beforeprint', reveal);
    };
  }, [ref, margin, near]);

  return near;
}
