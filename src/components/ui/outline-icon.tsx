import type { ReactNode } from 'react';

/**
 * A lucide-style outline icon drawn without the icon library, for what the boot script renders
 * before any library has loaded: pass lucide's paths as children.
 */
export function OutlineIcon({ className, children }: { className: string; children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {children}
    </svg>
  );
}
