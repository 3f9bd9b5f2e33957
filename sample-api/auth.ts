// The sample's stand-in for Siro's user-scoped OAuth tokens. Real tokens expire after 16 hours,
// so a manager can lose access mid-session; `short-lived-…` tokens make that happen after one
// recording view instead of the sixteenth hour: the first recording (detail) request spends the
// token, and the requests that view makes beside it (full document, transcript…) pass within
// COMPANION_GRACE_MS of it; the next recording request, or anything later, is refused.

export const DEMO_TOKEN = 'siro-demo-token';
/** A token with Siro's `read` scope only: every write answers 403. */
export const READ_ONLY_TOKEN = 'siro-read-only-token';
export const SHORT_LIVED_PREFIX = 'short-lived-';
export const AUTH_HEADER = 'x-siro-auth-token';

const MAX_REMEMBERED_TOKENS = 10_000;
export const COMPANION_GRACE_MS = 2_000;

export type Scope = 'read' | 'write';
export type AuthResult = { ok: true; scope: Scope } | { ok: false; error: string };

export const WRITE_FORBIDDEN = 'This token has read access only; writing needs a token with the write scope.';

export class TokenChecker {
  /** Short-lived tokens already spent, with when: each is good for one recording view. */
  private readonly spent = new Map<string, number>();

  /** `spends`: the request is a recording view's own (the detail endpoint), which uses a short-lived token up. */
  check(token: string | string[] | undefined, spends = true, now = Date.now()): AuthResult {
    if (token === DEMO_TOKEN) return { ok: true, scope: 'write' };
    if (token === READ_ONLY_TOKEN) return { ok: true, scope: 'read' };
    if (typeof token === 'string' && token.startsWith(SHORT_LIVED_PREFIX)) {
      const spentAt = this.spent.get(token);
      if (spentAt !== undefined) {
        return !spends && now - spentAt <= COMPANION_GRACE_MS ? { ok: true, scope: 'write' } : { ok: false, error: 'Token has expired' };
      }
      if (!spends) return { ok: true, scope: 'write' };
      if (this.spent.size >= MAX_REMEMBERED_TOKENS) {
        // Forget the oldest spent token, so memory stays bounded whatever clients send.
        const oldest = this.spent.keys().next().value;
        if (oldest !== undefined) this.spent.delete(oldest);
      }
      this.spent.set(token, now);
      return { ok: true, scope: 'write' };
    }
    return { ok: false, error: 'Invalid or expired token' };
  }
}
