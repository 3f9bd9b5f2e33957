import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether any of `ref`'s element is on screen now, following it as the page scrolls (unlike
 * useNearViewport, which turns true once for good). Without IntersectionObserver: assumed so.
 */
export function useInViewport(ref: RefObject<Element | null>): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last) setInView(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return inView;
}
