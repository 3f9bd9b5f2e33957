// The sample's stand-in for Siro's user-scoped OAuth tokens. Real tokens expire after 16 hours,
// so a manager can lose access mid-session; `short-lived-…` tokens make that happen on the
// second request instead of the sixteenth hour.

export const DEMO_TOKEN = 'siro-demo-token';
export const SHORT_LIVED_PREFIX = 'short-lived-';
export const AUTH_HEADER = 'x-siro-auth-token';

const MAX_REMEMBERED_TOKENS = 10_000;

export type AuthResult = { ok: true } | { ok: false; error: string };

export class TokenChecker {
  /** Short-lived tokens already spent, with when: each is good for exactly one request. */
  private readonly spent = new Map<string, number>();

  check(token: string | string[] | undefined): AuthResult {
    if (token === DEMO_TOKEN) return { ok: true };
    if (typeof token === 'string' && token.startsWith(SHORT_LIVED_PREFIX)) {
      if (this.spent.has(token)) return { ok: false, error: 'Token has expired' };
      if (this.spent.size >= MAX_REMEMBERED_TOKENS) {
        // Forget the oldest spent token, so memory stays bounded whatever clients send.
        const oldest = this.spent.keys().next().value;
        if (oldest !== undefined) this.spent.delete(oldest);
      }
      this.spent.set(token, Date.now());
      return { ok: true };
    }
    return { ok: false, error: 'Invalid or expired token' };
  }
}
