import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

import { paths } from '@/config/paths';
import { clippedText } from '@/lib/clip-text';
import { formatDateTime } from '@/lib/format';

type Props = { id: string; title: string };

/** On paper only: which recording this is, where to open it, and when it was printed. */
export function PrintHeader({ id, title }: Props) {
  const [printedAt, setPrintedAt] = useState(() => new Date());
  useEffect(() => {
    // Synchronously: the browser lays the page out for print right after this event.
    const stamp = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener('beforeprint', stamp);
    return () => window.removeEventListener('beforeprint', stamp);
  }, []);
  const link = new URL(paths.recording(id), window.location.origin).href;
  return (
    <div className="hidden border-b border-slate-300 pb-2 text-xs text-slate-700 print:block">
      <p dir="auto" className="font-semibold text-slate-900">
        {clippedText(title, 300)}
      </p>
      <p className="break-all">{link}</p>
      <p>
        Printed <time dateTime={printedAt.toISOString()}>{formatDateTime(printedAt.toISOString())}</time>
      </p>
    </div>
  );
}
