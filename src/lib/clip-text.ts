import type { ReactNode } from 'react';

import { redactToken } from './redact';
import { readStoredToken } from './token-storage';

/**
 * Where API text is cut for display. The browser lays out an unbroken string in time that grows
 * much faster than its length (300,000 characters: seconds of a frozen tab), so no single value
 * is ever shown past MAX_SHOWN characters; exports keep the whole value.
 */
export const CLIP_AT = 1_000;
export const MAX_SHOWN = 10_000;

/** The first `max` characters, never half a surrogate pair, and how many were left out. */
export function clipText(text: string, max = CLIP_AT): { text: string; hidden: number } {
  if (text.length <= max) return { text, hidden: 0 };
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return { text: `${text.slice(0, end)}…`, hidden: text.length - end };
}

/** How a view shows a piece of API text within `max` characters: the first screen cuts it; the app's LongText adds Show more. */
export type ShowText = (text: string, max?: number) => ReactNode;

/** API text cut to `max` characters, the token redacted: the first screen's way (no React), and a badge's. */
export const clippedText = (text: string, max?: number): string => clipText(redactToken(text, readStoredToken().token), max).text;
