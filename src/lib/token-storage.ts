// The token is a user's OAuth access token. It lives in sessionStorage (this tab only) unless
// the manager opted in to be remembered; it never goes into a URL, a log or a query key.
// No React here: the boot script reads it before the app has loaded.
const KEY = 'siro.token';

export function readStoredToken(): { token: string | null; remembered: boolean } {
  const session = safeGet(sessionStorage);
  if (session) return { token: session, remembered: false };
  const local = safeGet(localStorage);
  return { token: local, remembered: local !== null };
}

function safeGet(storage: Storage): string | null {
  try {
    return storage.getItem(KEY);
  } catch {
    return null; // Storage can be disabled (private mode, policies): then the token lives in memory.
  }
}

export function safeSet(storage: Storage, value: string | null) {
  try {
    if (value === null) storage.removeItem(KEY);
    else storage.setItem(KEY, value);
  } catch {
    // See safeGet.
  }
}
