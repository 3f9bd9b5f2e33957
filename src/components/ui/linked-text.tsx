import { Fragment } from 'react';

import { safeHttpUrl } from '@/lib/safe-url';

import { LongText } from './long-text';

const URL_IN_TEXT = /(https?:\/\/[^\s<>"']+)/gi;

/**
 * Someone's words as text, with their http(s) addresses as links (a new tab, no referrer);
 * anything else that looks like a link (`javascript:`, `data:`…) stays text. Isolated and
 * wrapped, so no script, direction or long word of theirs leaks into the page around it; cut
 * with Show more (LongText).
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <bdi className="break-words whitespace-pre-line">
      <LongText text={text} render={withLinks} />
    </bdi>
  );
}

function withLinks(text: string, cut: boolean) {
  const parts = text.split(URL_IN_TEXT);
  return parts.map((part, index) => {
    // An address the cut ends in is not whole: text, not a link to somewhere else.
    const whole = !cut || index < parts.length - 2 || parts.at(-1) !== '';
    const href = index % 2 === 1 && whole ? safeHttpUrl(part) : null;
    return href ? (
      <a key={index} href={href} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline underline-offset-2">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    );
  });
}
