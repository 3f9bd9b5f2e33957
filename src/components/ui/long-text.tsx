import { useState, type ReactNode } from 'react';

import { CLIP_AT, clipText, MAX_SHOWN, type ShowText } from '@/lib/clip-text';
import { redactToken } from '@/lib/redact';
import { tokenStore } from '@/lib/token-store';

/** Where API text is cut in a place that has no room for Show more (a link, a button, a badge). */
export const CUT_AT = 300;

/**
 * API text for a place with no room for Show more (inside a link or a button, a badge, a label):
 * the token redacted, cut to `max` characters. The whole value is one step away (the recording
 * page, the opened item, the export).
 */
export function cutText(text: string, max = CUT_AT): string {
  return clipText(redactToken(text, tokenStore.token()), max).text;
}

type Props = {
  text: string;
  max?: number;
  /**
   * Draws the part shown (without the ellipsis), e.g. with its addresses as links; `cut`: it ends
   * where the value was cut, so its last word is not whole (never make it a link).
   */
  render?: (shown: string, cut: boolean) => ReactNode;
};

/**
 * Text from the API as it may be shown: the token redacted, cut to `max` characters with a
 * "Show more" that reveals ten times as much each time, up to MAX_SHOWN; the export has the rest.
 * Renders inline, inside the element that bidi-isolates and wraps it.
 */
export function LongText({ text, max = CLIP_AT, render }: Props) {
  const [shown, setShown] = useState(max);
  const clipped = clipText(redactToken(text, tokenStore.token()), shown);
  if (!clipped.hidden) return render ? render(clipped.text, false) : clipped.text;
  const more = Math.min(shown * 10, MAX_SHOWN);
  return (
    <>
      {render ? <>{render(clipped.text.slice(0, -1), true)}…</> : clipped.text}{' '}
      {more > shown ? (
        <button
          type="button"
          onClick={() => setShown(more)}
          className="text-sm font-medium whitespace-nowrap text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          Show more
        </button>
      ) : (
        <span className="text-sm font-normal text-slate-600">({clipped.hidden.toLocaleString('en-US')} more characters in the export)</span>
      )}
    </>
  );
}

/** LongText as a ShowText, for the views the first screen shares with the app. */
export const longText: ShowText = (text, max) => <LongText text={text} max={max} />;
