import { useEffect, useState } from 'react';
import type { AudioStore } from '@/features/conversation/audio-store';

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End']);

/**
 * Whether the transcript keeps the line being heard in view. The manager scrolling it on their
 * own (wheel, touch, keys, scrollbar) turns that off, so it never fights them; playback
 * starting, or the "Follow along" button, turns it back on.
 */
export function useFollowAlong(container: HTMLElement | null, store: AudioStore | null) {
  const [following, setFollowing] = useState(true);

  useEffect(() => {
    if (!container) return;
    const stop = () => setFollowing(false);
    const onKeyDown = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) stop();
    };
    // A press on the container itself, not on a line: the scrollbar.
    const onPointerDown = (event: PointerEvent) => {
      if (event.target === container) stop();
    };
    container.addEventListener('wheel', stop, { passive: true });
    container.addEventListener('touchmove', stop, { passive: true });
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('pointerdown', onPointerDown);
    return () => {
      container.removeEventListener('wheel', stop);
      container.removeEventListener('touchmove', stop);
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('pointerdown', onPointerDown);
    };
  }, [container]);

  useEffect(() => {
    if (!store) return;
    let wasPlaying = store.getState().playing;
    return store.subscribe(() => {
      const { playing } = store.getState();
      if (playing && !wasPlaying) setFollowing(true);
      wasPlaying = playing;
    });
  }, [store]);

  return { following, setFollowing };
}

/**
 * Scrolls only the transcript's own box (never the page) so `target` is comfortably in view.
 * Long transcripts skip laying out off-screen lines (content-visibility), so a far target's
 * position is an estimate until it renders: check again over the next frames and correct.
 */
export function keepInView(container: HTMLElement, target: HTMLElement, attempts = 3) {
  const box = container.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const margin = Math.min(48, box.height / 4);
  if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return;
  container.scrollTop += rect.top - box.top - box.height / 3;
  if (attempts > 1) requestAnimationFrame(() => keepInView(container, target, attempts - 1));
}
