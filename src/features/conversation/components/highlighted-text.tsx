import type { ReactNode } from 'react';

import type { LineMatch } from '../hooks/use-transcript-search';

type Props = { text: string; matches: readonly LineMatch[] | undefined; current: number };

/** The text with search hits in <mark>; the current hit stands out and carries `data-current`. */
export function HighlightedText({ text, matches, current }: Props) {
  if (!matches?.length) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of matches) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    const isCurrent = match.index === current;
    parts.push(
      <mark
        key={match.index}
        data-current={isCurrent || undefined}
        className={
          isCurrent ? 'rounded-sm bg-amber-300 text-slate-950 outline-2 outline-amber-700' : 'rounded-sm bg-yellow-100 text-slate-950'
        }
      >
        {text.slice(match.start, match.end)}
      </mark>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
