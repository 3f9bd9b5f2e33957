import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

type Saved = { y: number };

/** How long after the last scroll event the position is read. */
const SETTLED_MS = 200;

const storageKey = (locationKey: string) => `siro.scroll:${locationKey}`;

function read(key: string): Saved | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<Saved> | null;
    return typeof saved?.y === 'number' ? { y: saved.y } : null;
  } catch {
    return null;
  }
}

function write(key: string, saved: Saved) {
  try {
    sessionStorage.setItem(key, JSON.stringify(saved));
  } catch {
    // Storage full or blocked: Back then starts at the top.
  }
}

/**
 * A long list's scroll position, per history entry: remembered as the manager leaves it, put
 * back once the rows are there again (`ready`) when Back returns to the entry. Declarative
 * routes have no ScrollRestoration, and the browser's own runs before the rows exist. Returns
 * the history entry's key, under which the list can keep what it needs to come back the same.
 */
export function useScrollMemory(ready: boolean): string {
  const entry = useLocation().key;
  const key = storageKey(entry);
  const [saved] = useState(() => read(key));
  const restored = useRef(false);

  useLayoutEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    if (saved) window.scrollTo(0, saved.y);
  }, [ready, saved]);

  // Read once a scroll has settled, never in a scroll event: that comes in the frame that draws the
  // rows coming into view, and reading the position there would lay them out in the handler. A
  // layout effect: its cleanup runs while the list is still in the page.
  useLayoutEffect(() => {
    let y = window.scrollY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      timer = undefined;
      y = window.scrollY;
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(settle, SETTLED_MS);
    };
    const save = () => {
      if (timer !== undefined) settle();
      if (restored.current) write(key, { y });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      clearTimeout(timer);
      save();
    };
  }, [key]);

  return entry;
}
