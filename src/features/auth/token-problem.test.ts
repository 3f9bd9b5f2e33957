import { describe, expect, it } from 'vitest';

import { tokenProblem } from './token-problem';

describe('tokenProblem', () => {
  it.each(['siro-demo-token', 'eyJhbGciOiJIUzI1NiJ9.e30.abc_DEF-123', '  padded  '])('accepts %j', (token) => {
    expect(tokenProblem(token)).toBeNull();
  });

  it.each([
    ['nothing', '   '],
    ['a line break inside', 'abc\ndef'],
    ['a space inside', 'abc def'],
    ['a smart quote', '“abc”'],
    ['a non-Latin letter', 'tökén'],
    ['a control character', 'abc\u0000'],
  ])('refuses %s', (_name, token) => {
    expect(tokenProblem(token)).toEqual(expect.any(String));
  });
});
