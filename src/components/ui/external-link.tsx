import type { ReactNode } from 'react';

import { safeHttpUrl } from '@/lib/safe-url';

import { ExternalLinkIcon } from './icons/external-link';

type Props = { href: string | null | undefined; children: ReactNode };

/** A new-tab link for http(s) URLs from API data; anything else renders nothing. */
export function ExternalLink({ href, children }: Props) {
  const safe = safeHttpUrl(href);
  if (!safe) return null;
  return (
    <a
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-1 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
    >
      {children}
      <ExternalLinkIcon />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
