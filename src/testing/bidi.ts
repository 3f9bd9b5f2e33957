import { screen } from '@testing-library/react';
import { expect } from 'vitest';

/** U+202E RIGHT-TO-LEFT OVERRIDE: left unterminated (no U+202C), it reverses the text after it up to the end of its isolate. */
export const RLO = '\u202E';

/** API text with an unterminated override in it, named so each field's text is unique on the page. */
export const overridden = (field: string) => `${field} ${RLO}desrever`;

/**
 * The text sits in an element that isolates it (`dir="auto"` or `<bdi>`) and holds nothing but
 * it, so its override cannot reorder the text around it. jsdom lays nothing out: this checks
 * the markup that makes a browser confine it.
 */
export function expectBidiIsolated(text: string) {
  const isolate = screen.getByText(text).closest('[dir="auto"], bdi');
  expect(isolate, `${JSON.stringify(text)} is in an isolating element`).not.toBeNull();
  expect(isolate!.textContent, 'the isolating element holds only this text').toBe(text);
}
