import type { ReactNode } from 'react';
import { badgeClass, type BadgeTone } from './classes';

export type { BadgeTone };

/** `dir="auto"`: a badge can hold an enum value newer than this code, as Siro wrote it. */
export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span dir="auto" className={badgeClass(tone)}>
      {children}
    </span>
  );
}
