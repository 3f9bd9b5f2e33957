// The sample's stand-in for Siro's user-scoped OAuth tokens. Real tokens expire after 16 hours,
// so a manager can lose access mid-session; `short-lived-…` tokens make that happen on the
// second request instead of the sixteenth hour.

export const DEMO_TOKEN = 'siro-demo-token';
/** A token with Siro's `read` scope only: every write answers 403. */
export const READ_ONLY_TOKEN = 'siro-read-only-token';
export const SHORT_LIVED_PREFIX = 'short-lived-';
export const AUTH_HEADER = 'x-siro-auth-token';

const MAX_REMEMBERED_TOKENS = 10_000;

export type Scope = 'read' | 'write';
export type AuthResult = { ok: true; scope: Scope } | { ok: false; error: string };

export const WRITE_FORBIDDEN = 'This token has read access only; writing needs a token with the write scope.';

export class TokenChecker {
  /** Short-lived tokens already spent, with when: each is good for exactly one request. */
  private readonly spent = new Map<string, number>();

  check(token: string | string[] | undefined): AuthResult {
    if (token === DEMO_TOKEN) return { ok: true, scope: 'write' };
    if (token === READ_ONLY_TOKEN) return { ok: true, scope: 'read' };
    if (typeof token === 'string' && token.startsWith(SHORT_LIVED_PREFIX)) {
      if (this.spent.has(token)) return { ok: false, error: 'Token has expired' };
      if (this.spent.size >= MAX_REMEMBERED_TOKENS) {
        // Forget the oldest spent token, so memory stays bounded whatever clients send.
        const oldest = this.spent.keys().next().value;
        if (oldest !== undefined) this.spent.delete(oldest);
      }
      this.spent.set(token, Date.now());
      return { ok: true, scope: 'write' };
    }
    return { ok: false, error: 'Invalid or expired token' };
  }
}
