import type { ReactNode } from 'react';

import { clippedText } from '@/lib/clip-text';

import { cn } from './cn';

const tones = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  positive: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  negative: 'bg-red-50 text-red-800 ring-red-300',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  info: 'bg-brand-50 text-brand-900 ring-brand-100',
} as const;

export type BadgeTone = keyof typeof tones;

/** `dir="auto"`: a badge can hold an enum value newer than this code, as Siro wrote it (cut: a label, not a text). */
export function Badge({ tone = 'neutral', className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return (
    <span
      dir="auto"
      className={cn(
        'inline-flex max-w-full items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        tones[tone],
        className,
      )}
    >
      {typeof children === 'string' ? clippedText(children, 80) : children}
    </span>
  );
}
