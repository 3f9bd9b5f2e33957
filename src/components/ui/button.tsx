import type { ButtonHTMLAttributes } from 'react';

import { cn } from './cn';

const variants = {
  primary: 'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60',
  secondary:
    'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60',
  link: 'font-medium text-brand-700 underline underline-offset-2 disabled:opacity-50',
} as const;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof variants };

/** A button that is never a form submit unless it says so. */
export function Button({ variant = 'primary', type = 'button', className, ...props }: Props) {
  return (
    <button
      type={type}
      className={cn(variants[variant], 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600', className)}
      {...props}
    />
  );
}
