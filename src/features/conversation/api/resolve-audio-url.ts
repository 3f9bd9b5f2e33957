import { API_BASE_PATH } from '@/config/api';
import { safeHttpUrl } from '@/lib/safe-url';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Where the browser fetches a signed audio URL from. An absolute URL (the real API signs
 * storage URLs) is used as is when it is http(s). Anything else is relative to the API root,
 * as the sample API answers (`sample-audio/<id>.wav?expires=…`): it goes through the same
 * proxy as the API calls, and must stay under it (no `..` or `//host` escape).
 */
export function resolveAudioUrl(raw: string | null | undefined, origin = window.location.origin): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (HAS_SCHEME.test(value)) return safeHttpUrl(value);
  // Protocol-relative (`//host/…`) names another host without saying how: not ours to guess.
  if (/^[/\\]{2}/.test(value)) return null;
  const root = new URL(`${API_BASE_PATH}/`, origin);
  let url: URL;
  try {
    url = new URL(value.replace(/^[/\\]/, ''), root);
  } catch {
    return null;
  }
  return url.origin === root.origin && url.pathname.startsWith(root.pathname) ? url.href : null;
}
