import { useEffect } from 'react';
import type { AudioStore } from '../audio-store';

export const SKIP_MS = 15_000;

/** Keys the page answers: single letters, as video sites use, so arrows and Space stay the browser's. */
export const SHORTCUTS = { toggle: 'k', back: 'j', forward: 'l' } as const;

/** Typing somewhere, or a control that uses letters itself: the keys are not ours then. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

export function usePlayerShortcuts(store: AudioStore) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isEditing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === SHORTCUTS.toggle) {
        if (!event.repeat) store.toggle();
      }
      else if (key === SHORTCUTS.back) store.skip(-SKIP_MS);
      else if (key === SHORTCUTS.forward) store.skip(SKIP_MS);
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
