import { describe, expect, it } from 'vitest';

import { COMPANION_GRACE_MS, TokenChecker } from './auth.ts';

describe('short-lived tokens', () => {
  it('are good for one recording view: its own request, and the requests beside it for a moment', () => {
    const tokens = new TokenChecker();
    const token = 'short-lived-1';
    expect(tokens.check(token, false, 0)).toMatchObject({ ok: true });
    expect(tokens.check(token, true, 10)).toMatchObject({ ok: true });
    expect(tokens.check(token, false, 10 + COMPANION_GRACE_MS)).toMatchObject({ ok: true });
    expect(tokens.check(token, true, 20)).toEqual({ ok: false, error: 'Token has expired' });
    expect(tokens.check(token, false, 11 + COMPANION_GRACE_MS)).toEqual({ ok: false, error: 'Token has expired' });
  });
});
