import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * How many of `count` parts of a page to render: none at first, then one more in each later
 * render, each a transition of its own (its own task, which React may interrupt), until all
 * are there, and from then on all, however many. What comes first renders, commits and is laid
 * out alone, rather than a long page in one task that holds up input. Printing shows all at once.
 */
export function useRevealInSteps(count: number): number {
  const [shown, setShown] = useState(0);
  const all = shown === Infinity;
  useEffect(() => {
    if (all) return;
    startTransition(() => setShown(shown >= count ? Infinity : shown + 1));
  }, [all, shown, count]);
  useEffect(() => {
    if (all) return;
    // Synchronous: the browser lays the print out as soon as the event handlers return.
    const reveal = () => flushSync(() => setShown(Infinity));
    window.addEventListener('beforeprint', reveal);
    return () => window.removeEventListener('beforeprint', reveal);
  }, [all]);
  return shown;
}
