import { afterEach, describe, expect, it } from 'vitest';

import { tokenStore } from './token-store';

const KEY = 'siro.token';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  tokenStore.reset();
});

describe('tokenStore', () => {
  it('keeps the token in this tab only by default', () => {
    tokenStore.signIn('  abc  ', false);
    expect(sessionStorage.getItem(KEY)).toBe('abc');
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(tokenStore.get()).toEqual({ token: 'abc', remembered: false, notice: null });
  });

  it('remembers the token on this device only when asked', () => {
    tokenStore.signIn('abc', false);
    tokenStore.signIn('def', true);
    expect(localStorage.getItem(KEY)).toBe('def');
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(tokenStore.get()).toMatchObject({ token: 'def', remembered: true });
  });

  it('forgets the token everywhere on sign-out', () => {
    tokenStore.signIn('abc', true);
    sessionStorage.setItem(KEY, 'other');
    tokenStore.signOut();
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(tokenStore.get()).toEqual({ token: null, remembered: false, notice: 'signed-out' });
  });

  it("signs out with the 'expired' notice on expiry", () => {
    tokenStore.signIn('abc', false);
    tokenStore.expire();
    expect(tokenStore.get()).toMatchObject({ token: null, notice: 'expired' });
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  it('tells subscribers about changes', () => {
    let calls = 0;
    const unsubscribe = tokenStore.subscribe(() => calls++);
    tokenStore.signIn('abc', false);
    unsubscribe();
    tokenStore.signOut();
    expect(calls).toBe(1);
  });

  it('signs out every other tab when the manager signs out here', async () => {
    const otherTab = new BroadcastChannel('siro.auth');
    const heard = new Promise((resolve) => otherTab.addEventListener('message', (event) => resolve(event.data), { once: true }));
    tokenStore.signIn('abc', false);
    tokenStore.signOut();
    expect(await heard).toBe('signed-out');
    otherTab.close();
  });

  it('signs out here when another tab signs out', async () => {
    tokenStore.signIn('abc', false);
    const signedOut = new Promise<void>((resolve) => {
      const unsubscribe = tokenStore.subscribe(() => {
        unsubscribe();
        resolve();
      });
    });
    const otherTab = new BroadcastChannel('siro.auth');
    otherTab.postMessage('signed-out');
    await signedOut;
    expect(tokenStore.get()).toEqual({ token: null, remembered: false, notice: 'signed-out' });
    expect(sessionStorage.getItem(KEY)).toBeNull();
    otherTab.close();
  });

  it('reads a remembered token back from storage', () => {
    localStorage.setItem(KEY, 'kept');
    tokenStore.reset();
    expect(tokenStore.get()).toMatchObject({ token: 'kept', remembered: true });
  });
});
