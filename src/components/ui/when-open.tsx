import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';

type Props = { children: ReactNode; fallback?: ReactNode };

/**
 * Its children (lazy code) once the <details> it sits in first opens: what a closed disclosure
 * hides need not download with the page. Outside a <details>, at once.
 */
export function WhenOpen({ children, fallback }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const details = ref.current?.closest('details');
    if (!details || details.open) {
      setOpen(true);
      return;
    }
    const toggle = () => {
      if (details.open) setOpen(true);
    };
    details.addEventListener('toggle', toggle);
    return () => details.removeEventListener('toggle', toggle);
  }, []);
  return open ? <Suspense fallback={fallback}>{children}</Suspense> : <span ref={ref} hidden />;
}
