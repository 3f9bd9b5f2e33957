import { useSyncExternalStore } from 'react';

// The token is a user's OAuth access token. It lives in sessionStorage (this tab only) unless
// the manager opted in to be remembered; it never goes into a URL, a log or a query key.
const KEY = 'siro.token';

export type SignInNotice = 'expired' | 'signed-out' | null;
type AuthState = { token: string | null; remembered: boolean; notice: SignInNotice };

function read(): AuthState {
  const session = safeGet(sessionStorage);
  if (session) return { token: session, remembered: false, notice: null };
  const local = safeGet(localStorage);
  return { token: local, remembered: local !== null, notice: null };
}

function safeGet(storage: Storage): string | null {
  try {
    return storage.getItem(KEY);
  } catch {
    return null; // Storage can be disabled (private mode, policies): then the token lives in memory.
  }
}

function safeSet(storage: Storage, value: string | null) {
  try {
    if (value === null) storage.removeItem(KEY);
    else storage.setItem(KEY, value);
  } catch {
    // See safeGet.
  }
}

let state: AuthState = read();
const listeners = new Set<() => void>();

function update(next: AuthState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export const tokenStore = {
  get: (): AuthState => state,
  token: (): string | null => state.token,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  signIn(token: string, remember: boolean) {
    const trimmed = token.trim();
    safeSet(sessionStorage, remember ? null : trimmed);
    safeSet(localStorage, remember ? trimmed : null);
    update({ token: trimmed, remembered: remember, notice: null });
  },
  signOut(notice: SignInNotice = 'signed-out') {
    safeSet(sessionStorage, null);
    safeSet(localStorage, null);
    update({ token: null, remembered: false, notice });
  },
  /** A 401: the token was rejected or has expired, so forget it and ask again. */
  expire() {
    if (state.token !== null) tokenStore.signOut('expired');
  },
  /** Tests only: re-read storage. */
  reset() {
    update(read());
  },
};

export function useAuth(): AuthState {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
}
