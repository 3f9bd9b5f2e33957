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

function forget(notice: SignInNotice) {
  safeSet(sessionStorage, null);
  safeSet(localStorage, null);
  update({ token: null, remembered: false, notice });
}

// The token is one user's: signing out in one tab signs out every tab of the app on this device,
// including tabs that hold their own sessionStorage copy.
const SIGN_OUT = 'signed-out';
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('siro.auth');
channel?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === SIGN_OUT && state.token !== null) forget('signed-out');
});

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
  /** The manager signs out: here and in every other tab. */
  signOut() {
    forget('signed-out');
    channel?.postMessage(SIGN_OUT);
  },
  /** A 401: the token was rejected or has expired, so forget it and ask again. */
  expire() {
    if (state.token !== null) forget('expired');
  },
  /** Tests only: re-read storage. */
  reset() {
    update(read());
  },
};

export function useAuth(): AuthState {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.get, tokenStore.get);
}
