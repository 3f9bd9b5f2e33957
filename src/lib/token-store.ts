import { useSyncExternalStore } from 'react';
import { readStoredToken, safeSet } from './token-storage';

export type SignInNotice = 'expired' | 'signed-out' | null;
type AuthState = { token: string | null; remembered: boolean; notice: SignInNotice };

function read(): AuthState {
  const { token, remembered } = readStoredToken();
  return { token, remembered, notice: null };
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
