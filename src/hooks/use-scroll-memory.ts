import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';

type Saved = { y: number; rows: number };

const storageKey = (locationKey: string) => `siro.scroll:${locationKey}`;

function read(key: string): Saved | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<Saved> | null;
    return typeof saved?.y === 'number' && typeof saved.rows === 'number' ? { y: saved.y, rows: saved.rows } : null;
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
 * how many rows were rendered, so that many render at once.
 */
export function useScrollMemory(ready: boolean, rows: number): number {
  const key = storageKey(useLocation().key);
  const [saved] = useState(() => read(key));
  const restored = useRef(false);
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });

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
          write(key, { y, rows: rowsRef.current });
        });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
      if (restored.current) write(key, { y, rows: rowsRef.current });
    };
  }, [key]);

  return saved?.rows ?? 0;
}
