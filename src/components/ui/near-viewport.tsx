import { Suspense, useRef, type ReactNode } from 'react';

import { useNearViewport } from '@/hooks/use-near-viewport';

type Props = {
  /** Stands in for the body, at about its height, until its code is in: nothing below it moves. */
  placeholder: ReactNode;
  /** Lazy code, rendered once its place comes within a screen of the viewport (or the page prints). */
  children: ReactNode;
};

/**
 * A panel body whose code downloads only as the manager scrolls (or tabs, or jumps through the
 * section navigation) towards it: a phone that reads only the summary never pays for it.
 */
export function NearViewport({ placeholder, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const near = useNearViewport(ref, '100% 0px');
  return <div ref={ref}>{near ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder}</div>;
}
