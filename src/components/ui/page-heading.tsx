import type { ReactNode } from 'react';

/** A page's h1, as every page but the recording (whose header card holds its own) writes it. */
export function PageHeading({ children }: { children: ReactNode }) {
  return <h1 className="text-xl font-semibold text-slate-900">{children}</h1>;
}
