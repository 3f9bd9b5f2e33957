import { Fragment } from 'react';

import { safeHttpUrl } from '@/lib/safe-url';

const URL_IN_TEXT = /(https?:\/\/[^\s<>"']+)/gi;

/**
 * Someone's words as text, with their http(s) addresses as links (a new tab, no referrer);
 * anything else that looks like a link (`javascript:`, `data:`…) stays text. Isolated and
 * wrapped, so no script, direction or long word of theirs leaks into the page around it.
 */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_IN_TEXT);
  return (
    <bdi className="break-words whitespace-pre-line">
      {parts.map((part, index) => {
        const href = index % 2 === 1 ? safeHttpUrl(part) : null;
        return href ? (
          <a key={index} href={href} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        );
      })}
    </bdi>
  );
}
