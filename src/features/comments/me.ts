import { useSyncExternalStore } from 'react';

import { tokenStore, useAuth } from '@/lib/token-store';

// Who the manager is. The API reference the app follows has no "me" endpoint, and a token is one
// user's: the commenterUid Siro answers for a comment posted with this token is the token's user.
// Remembered per token (by a hash, never the token itself) for this browser session, so a reload
// still knows which comments are the manager's own (Edit, Delete, Unread).

const PREFIX = 'siro.commenter.';
const listeners = new Set<() => void>();

/** FNV-1a: a short, stable tag for a token, not a secret and not reversible to it. */
function tag(token: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index += 1) {
    hash ^= token.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Where storage is refused (private mode, quota): this page load still knows. */
const fallback = new Map<string, string>();

function read(token: string | null): string | null {
  if (!token) return null;
  try {
    return sessionStorage.getItem(PREFIX + tag(token));
  } catch {
    return fallback.get(tag(token)) ?? null;
  }
}

export function rememberMe(uid: string | null) {
  const token = tokenStore.token();
  if (!token || !uid || read(token) === uid) return;
  try {
    sessionStorage.setItem(PREFIX + tag(token), uid);
  } catch {
    fallback.set(tag(token), uid);
  }
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The signed-in user's uid once known, else null. */
export function useMe(): string | null {
  const { token } = useAuth();
  return useSyncExternalStore(
    subscribe,
    () => read(token),
    () => null,
  );
}
