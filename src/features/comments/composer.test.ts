import { describe, expect, it } from 'vitest';

import { createComposer } from './composer';

describe('createComposer', () => {
  it('pins a new comment at a time, or on a line stretched to the lines picked next', () => {
    const composer = createComposer();
    composer.openAt(65_000);
    expect(composer.getState().anchor).toEqual({ startMs: 65_000, endMs: 65_000, fromLines: false, lines: 0 });
    composer.pickLine(10_000, 14_000);
    expect(composer.getState().anchor).toEqual({ startMs: 10_000, endMs: 14_000, fromLines: true, lines: 1 });
    const focus = composer.getState().focusRequests;
    composer.pickLine(20_000, 25_000);
    composer.pickLine(5_000, 9_000);
    expect(composer.getState().anchor).toEqual({ startMs: 5_000, endMs: 25_000, fromLines: true, lines: 3 });
    // Stretching keeps the manager where they are: the form is not brought up again.
    expect(composer.getState().focusRequests).toBe(focus);
    composer.close();
    expect(composer.getState().anchor).toBeNull();
  });
});
