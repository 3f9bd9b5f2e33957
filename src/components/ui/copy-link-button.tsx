import { Check, Link2 } from 'lucide-react';

import { cn } from './cn';
import { useCopy } from './copy-button';

type Props = {
  /** The link, made at the moment of the click (a position moves while audio plays). */
  url: () => string;
  /** The accessible name, e.g. "Copy link at 12:40". */
  label: string;
  /** Visible words beside the icon; without them, an icon button. */
  text?: string;
  className?: string;
  /**
   * No live region of its own, for a list of hundreds of them: the focused button's name
   * becomes "Link copied" for a moment instead.
   */
  quiet?: boolean;
};

/**
 * Copies a link (to a moment, a comment…). Its live region says whether it worked; a
 * clipboard the browser refuses says so instead of failing silently.
 */
export function CopyLinkButton({ url, label, text, className, quiet = false }: Props) {
  const { status, copy } = useCopy();
  const message = status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy the link' : '';
  return (
    <>
      <button
        type="button"
        onClick={() => void copy(url())}
        aria-label={quiet && message ? message : label}
        className={cn(
          'inline-flex min-h-6 min-w-6 shrink-0 items-center justify-center gap-1 rounded-md text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900',
          'focus-visible:outline-2 focus-visible:outline-brand-600 print:hidden',
          text ? 'px-2 py-1 font-medium text-slate-700' : 'h-8 w-8',
          className,
        )}
      >
        {status === 'copied' ? <Check aria-hidden="true" size={16} /> : <Link2 aria-hidden="true" size={16} />}
        {text}
      </button>
      {!quiet && (
        <span role="status" className="sr-only">
          {message}
        </span>
      )}
    </>
  );
}
