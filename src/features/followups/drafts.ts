import { useCallback, useSyncExternalStore } from 'react';

import { tokenStore } from '@/lib/token-store';

/**
 * Notes being typed, per follow-up, for as long as the page is open: a row the queue stops
 * drawing (scrolled far away) comes back with its note, and the recording page shows the same one.
 */
const drafts = new Map<string, string>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

export const followupDrafts = {
  get: (id: string): string => drafts.get(id) ?? '',
  set(id: string, text: string) {
    if (text) drafts.set(id, text);
    else drafts.delete(id);
    emit();
  },
  /** The note was saved: its draft goes, unless more has been typed since. */
  saved(id: string, note: string) {
    if (drafts.get(id)?.trim() === note) followupDrafts.set(id, '');
  },
  clear() {
    drafts.clear();
    emit();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

// Signing out leaves no one's notes behind. An expired token keeps them: the same manager signs in again.
tokenStore.subscribe(() => {
  if (tokenStore.get().notice === 'signed-out' && drafts.size) followupDrafts.clear();
});

export function useFollowupDraft(id: string): [string, (text: string) => void] {
  const draft = useSyncExternalStore(
    followupDrafts.subscribe,
    () => followupDrafts.get(id),
    () => followupDrafts.get(id),
  );
  const setDraft = useCallback((text: string) => followupDrafts.set(id, text), [id]);
  return [draft, setDraft];
}
