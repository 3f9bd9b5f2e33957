import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

type Saved = { y: number };

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
 * A long list's scroll position, per history entry: remembered as the manager scrolls, put
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

  // A layout effect: its cleanup runs before the next page moves the scroll position.
  useLayoutEffect(() => {
    let y = window.scrollY;
    let frame = 0;
    const onScroll = () => {
      y = window.scrollY;
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          write(key, { y });
        });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      if (restored.current) write(key, { y });
    };
  }, [key]);

  return entry;
}
