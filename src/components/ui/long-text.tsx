import { useState } from 'react';

import { CLIP_AT, clipText, MAX_SHOWN, type ShowText } from '@/lib/clip-text';
import { redactToken } from '@/lib/redact';
import { tokenStore } from '@/lib/token-store';

/**
 * Text from the API as it may be shown: the token redacted, cut to `max` characters with a
 * "Show more" that reveals ten times as much each time, up to MAX_SHOWN; the export has the rest.
 * Renders inline, inside the element that bidi-isolates and wraps it.
 */
export function LongText({ text, max = CLIP_AT }: { text: string; max?: number }) {
  const [shown, setShown] = useState(max);
  const clipped = clipText(redactToken(text, tokenStore.token()), shown);
  if (!clipped.hidden) return clipped.text;
  const more = Math.min(shown * 10, MAX_SHOWN);
  return (
    <>
      {clipped.text}{' '}
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
