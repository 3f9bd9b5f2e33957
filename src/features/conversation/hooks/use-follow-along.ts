import { useCallback, useEffect, useRef, useState } from 'react';

import type { AudioStore } from '@/features/conversation/audio-store';

/** Keys that scroll a box, or move focus through it (and so scroll it). */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Tab']);
/** A scroll of the box this soon after such a key, anywhere, is the manager's doing. */
const KEY_SCROLL_WINDOW_MS = 500;
/** Frames to check a far target's position again (see keepInView). */
const ATTEMPTS = 3;

/**
 * Whether the transcript keeps the line being heard in view. The manager scrolling it on their
 * own (wheel, touch, scrollbar, keys, Tab through lines) turns that off, so it never fights
 * them; only an explicit action turns it back on: the "Follow along" button (`follow`),
 * clicking a line or quote, or pressing play. Playback resuming by itself (a URL renewed
 * mid-listen) does not.
 */
export function useFollowAlong(container: HTMLElement | null, store: AudioStore) {
  const [following, setFollowing] = useState(true);
  const frame = useRef<number | null>(null);
  /** Where our own last scroll left the box: a scroll event there is ours, not the manager's. */
  const ownTop = useRef<number | null>(null);

  const cancel = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);

  useEffect(() => {
    if (!container) return;
    let keyAt = Number.NEGATIVE_INFINITY;
    const stop = () => {
      cancel();
      setFollowing(false);
    };
    const isScrollKey = (event: KeyboardEvent) => SCROLL_KEYS.has(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isScrollKey(event)) return;
      keyAt = performance.now();
      if (event.target instanceof Node && container.contains(event.target)) stop();
    };
    // Keys pressed with nothing focused still scroll the box last clicked: caught by its scroll.
    const onScroll = () => {
      if (ownTop.current !== null && Math.abs(container.scrollTop - ownTop.current) <= 1) return;
      if (performance.now() - keyAt < KEY_SCROLL_WINDOW_MS) stop();
    };
    // A press on the container itself, not on a line: the scrollbar.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target === container) stop();
    };
    container.addEventListener('wheel', stop, { passive: true });
    container.addEventListener('touchmove', stop, { passive: true });
    container.addEventListener('pointerdown', onPointerDown);
    container.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      cancel();
      container.removeEventListener('wheel', stop);
      container.removeEventListener('touchmove', stop);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('scroll', onScroll);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [container, cancel]);

  useEffect(() => {
    let seen = store.getState().playRequests;
    return store.subscribe(() => {
      const { playRequests } = store.getState();
      if (playRequests === seen) return;
      seen = playRequests;
      setFollowing(true);
    });
  }, [store]);

  /**
   * Scrolls only the transcript's own box (never the page) so `target` is comfortably in view.
   * Long transcripts skip laying out off-screen lines (content-visibility), so a far target's
   * position is an estimate until it renders: check again over the next frames and correct,
   * unless the manager scrolls meanwhile.
   */
  const bringIntoView = useCallback(
    (target: HTMLElement) => {
      if (!container) return;
      cancel();
      const step = (attempts: number) => {
        frame.current = null;
        if (!keepInView(container, target)) return;
        ownTop.current = container.scrollTop;
        if (attempts > 1) frame.current = requestAnimationFrame(() => step(attempts - 1));
      };
      step(ATTEMPTS);
    },
    [container, cancel],
  );

  return {
    following,
    follow: useCallback(() => setFollowing(true), []),
    unfollow: useCallback(() => setFollowing(false), []),
    bringIntoView,
  };
}

/** Scrolls `container` so `target` is a third of the way down; false when it was in view already. */
function keepInView(container: HTMLElement, target: HTMLElement): boolean {
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const margin = Math.min(48, box.height / 4);
  if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return false;
  container.scrollTop += rect.top - box.top - box.height / 3;
  return true;
}
