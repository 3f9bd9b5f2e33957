import { useCallback, useEffect, useState } from 'react';

import { CheckIcon } from './icons/check';
import { CopyIcon } from './icons/copy';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard; the outcome shows for two seconds. */
export function useCopy() {
  const [status, setStatus] = useState<CopyStatus>('idle');

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), 2_000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = useCallback(async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }, []);
  return { status, copy };
}

type CopyButtonProps = { value: string; label: string };

/** Copies a value; the confirmation is announced to screen readers through a live region. */
export function CopyButton({ value, label }: CopyButtonProps) {
  const { status, copy } = useCopy();

  return (
    <>
      <button
        type="button"
        onClick={() => void copy(value)}
        aria-label={label}
        className="print:hidden inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        {status === 'copied' ? <CheckIcon /> : <CopyIcon />}
      </button>
      <span role="status" className="sr-only">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Could not copy' : ''}
      </span>
    </>
  );
}
