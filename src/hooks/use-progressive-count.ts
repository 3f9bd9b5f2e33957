import { startTransition, useEffect, useState } from 'react';

const FIRST_BATCH = 40;
const BATCH = 100;

/**
 * How many of `total` rows to render now. Long lists render a first screenful at once and the
 * rest in small background batches, so no single task blocks the main thread (a phone at 4×
 * slowdown spends over a second on 2,000 rows in one go); every row still ends up in the DOM,
 * so Ctrl+F finds it. `first` renders more at once (rows a restored scroll position needs).
 */
export function useProgressiveCount(total: number, first = FIRST_BATCH): number {
  const [count, setCount] = useState(() => Math.min(total, Math.max(first, FIRST_BATCH)));

  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((current) => Math.min(total, current + BATCH))), 0);
    return () => clearTimeout(timer);
  }, [count, total]);

  return Math.min(count, total);
}
