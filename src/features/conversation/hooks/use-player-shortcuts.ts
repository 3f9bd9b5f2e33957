import { useCallback, useEffect, useState } from 'react';

import type { AudioStore } from '../audio-store';

export const SKIP_MS = 15_000;

/** Keys the page answers: single letters, as video sites use, so arrows and Space stay the browser's. */
export const SHORTCUTS = { toggle: 'k', back: 'j', forward: 'l' } as const;

/** Where the manager's choice to turn the shortcuts off is kept: a preference, nothing secret. */
export const SHORTCUTS_STORAGE_KEY = 'siro.playerShortcuts';

/** Typing somewhere, or a control that uses letters itself: the keys are not ours then. */
function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * K, J and L on the whole page, while `enabled`: off when the manager turned them off
 * (single-letter shortcuts must be, WCAG 2.1.4: speech input types letters too) and while
 * the player has no audio, so a press does not queue a play for later.
 */
export function usePlayerShortcuts(store: AudioStore, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isEditing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === SHORTCUTS.toggle) {
        if (!event.repeat) store.toggle();
      } else if (key === SHORTCUTS.back) store.skip(-SKIP_MS);
      else if (key === SHORTCUTS.forward) store.skip(SKIP_MS);
      else return;
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, enabled]);
}

function readSetting(): boolean {
  try {
    return localStorage.getItem(SHORTCUTS_STORAGE_KEY) !== 'off';
  } catch {
    return true; // Storage blocked: on, as by default; the switch still works for this page.
  }
}

/** Whether the manager wants the shortcuts, remembered on this device. */
export function useShortcutsSetting() {
  const [on, setOn] = useState(readSetting);
  const change = useCallback((next: boolean) => {
    setOn(next);
    try {
      if (next) localStorage.removeItem(SHORTCUTS_STORAGE_KEY);
      else localStorage.setItem(SHORTCUTS_STORAGE_KEY, 'off');
    } catch {
      // Not remembered, but honoured on this page.
    }
  }, []);
  return [on, change] as const;
}
