import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Keys a list page answers: j/k as in mail and feed readers, `/` to search as on most sites. */
export const LIST_SHORTCUTS = { next: 'j', previous: 'k', search: '/' } as const;

/** Where the manager's choice to turn the list shortcuts off is kept (a preference, nothing secret). */
export const LIST_SHORTCUTS_STORAGE_KEY = 'siro.listShortcuts';

/** Typing somewhere, or a control that uses letters itself: the keys are not ours then. */
export function isEditing(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/**
 * j/k move focus between the list's rows (its `[data-list-item]` elements' first link), Enter
 * then opens the row as any link does, `/` focuses the search field. Off while typing, and
 * when `enabled` is false (single-letter shortcuts must be switchable off, WCAG 2.1.4).
 */
export function useListShortcuts(listRef: RefObject<HTMLElement | null>, searchRef: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (isEditing(event.target)) return;
      if (event.key === LIST_SHORTCUTS.search) {
        if (!searchRef.current) return;
        searchRef.current.focus();
      } else if (event.key === LIST_SHORTCUTS.next || event.key === LIST_SHORTCUTS.previous) {
        const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-list-item] a') ?? [])];
        if (rows.length === 0) return;
        const current = rows.findIndex((row) => row.contains(document.activeElement));
        const step = event.key === LIST_SHORTCUTS.next ? 1 : -1;
        const next = current === -1 ? (step === 1 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, current + step));
        rows[next]?.focus();
        rows[next]?.scrollIntoView({ block: 'nearest' });
      } else {
        return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [listRef, searchRef, enabled]);
}

function readSetting(key: string): boolean {
  try {
    return localStorage.getItem(key) !== 'off';
  } catch {
    return true; // Storage blocked: on, as by default; the switch still works for this page.
  }
}

/** Whether the manager wants the shortcuts stored under `key`, remembered on this device. */
export function useShortcutsPreference(key = LIST_SHORTCUTS_STORAGE_KEY) {
  const [on, setOn] = useState(() => readSetting(key));
  const change = useCallback(
    (next: boolean) => {
      setOn(next);
      try {
        if (next) localStorage.removeItem(key);
        else localStorage.setItem(key, 'off');
      } catch {
        // Not remembered, but honoured on this page.
      }
    },
    [key],
  );
  return [on, change] as const;
}
