import { useCallback, useEffect, useRef, useState } from 'react';

import type { AudioStore } from '@/features/conversation/audio-store';

/** Keys that scroll a box, or move focus through it (and so scroll it). */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ', 'Tab']);
/** A scroll of the box this soon after such a key, anywhere, is the manager's doing. */
const KEY_SCROLL_WINDOW_MS = 500;
/** Frames to check a far target's position again (see keepInView). */
const ATTEMPTS = 3;

/** The slim player pinned to the bottom of the screen while audio plays (MiniPlayer's h-16). */
const BOTTOM_BAR_PX = 64;

/**
 * Whether the transcript keeps the line being heard in view. The manager scrolling it on their
 * own (wheel, touch, scrollbar, keys, Tab through lines) turns that off, so it never fights
 * them; only an explicit action turns it back on: the "Follow along" button (`follow`),
 * clicking a line or quote, or pressing play. Playback resuming by itself (a URL renewed
 * mid-listen) does not.
 *
 * On a wide screen the transcript is a box of its own, scrolled alone. On a phone it is part of
 * the page (its search bar, `pinned`, stuck to the top above it): the page scrolls, only while
 * the transcript is on screen, and any scroll of the page by the manager counts.
 */
export function useFollowAlong(container: HTMLElement | null, store: AudioStore, pinned: HTMLElement | null = null) {
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
    // Part of the page: scrolling the page moves the transcript.
    const onPageGesture = () => {
      if (!scrollsItself(container)) stop();
    };
    const onPageScroll = () => {
      if (scrollsItself(container)) return;
      if (ownTop.current !== null && Math.abs(window.scrollY - ownTop.current) <= 1) return;
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
    window.addEventListener('wheel', onPageGesture, { passive: true });
    window.addEventListener('touchmove', onPageGesture, { passive: true });
    window.addEventListener('scroll', onPageScroll, { passive: true });
    return () => {
      cancel();
      container.removeEventListener('wheel', stop);
      container.removeEventListener('touchmove', stop);
      container.removeEventListener('pointerdown', onPointerDown);
      container.removeEventListener('scroll', onScroll);
      document.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('wheel', onPageGesture);
      window.removeEventListener('touchmove', onPageGesture);
      window.removeEventListener('scroll', onPageScroll);
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
   * Scrolls the transcript's own box (never the page), or on a phone the page while the
   * transcript is on screen, so `target` is comfortably in view. Long transcripts skip laying
   * out off-screen lines (content-visibility), so a far target's position is an estimate until
   * it renders: check again over the next frames and correct, unless the manager scrolls meanwhile.
   */
  const bringIntoView = useCallback(
    (target: HTMLElement) => {
      if (!container) return;
      cancel();
      const step = (attempts: number) => {
        frame.current = null;
        const scrolled = keepInView(container, target, pinned);
        if (scrolled === null) return;
        ownTop.current = scrolled;
        if (attempts > 1) frame.current = requestAnimationFrame(() => step(attempts - 1));
      };
      step(ATTEMPTS);
    },
    [container, pinned, cancel],
  );

  return {
    following,
    follow: useCallback(() => setFollowing(true), []),
    unfollow: useCallback(() => setFollowing(false), []),
    bringIntoView,
  };
}

/** A box of its own (a wide screen), or part of the page (a phone: no overflow of its own). */
const scrollsItself = (container: HTMLElement) => /^(auto|scroll)$/.test(getComputedStyle(container).overflowY);

/**
 * Scrolls `container`, or the page, so `target` is a third of the way down the part of it that
 * shows; the new scroll position, or null when it was in view already (or, part of the page,
 * the transcript is not on screen: the manager is reading something else).
 */
function keepInView(container: HTMLElement, target: HTMLElement, pinned: HTMLElement | null): number | null {
  const own = scrollsItself(container);
  let top: number;
  let bottom: number;
  if (own) {
    ({ top, bottom } = container.getBoundingClientRect());
  } else {
    const box = container.getBoundingClientRect();
    top = Math.max(0, pinned?.getBoundingClientRect().bottom ?? 0);
    bottom = window.innerHeight - BOTTOM_BAR_PX;
    if (box.bottom <= top || box.top >= bottom) return null;
  }
  const height = bottom - top;
  const rect = target.getBoundingClientRect();
  const margin = Math.min(48, height / 4);
  if (rect.top >= top + margin && rect.bottom <= bottom - margin) return null;
  const by = rect.top - top - height / 3;
  if (own) {
    container.scrollTop += by;
    return container.scrollTop;
  }
  window.scrollBy(0, by);
  return window.scrollY;
}
