import type { ReactNode } from 'react';

import type { AnyPanel } from '../panels';

type Props = {
  /** The panels on the page, in its order: the section navigation's links. */
  shown: readonly AnyPanel[];
  /** The panel switches, inside **Customize view**; the boot script draws the closed control without them. */
  customize?: ReactNode;
};

/**
 * The Customize view control at the top, where no panel switched off can make it jump, and
 * the page's table of contents below it (one tap to any section on a phone). Hook-free: the
 * boot script draws it too.
 */
export function ViewBar({ shown, customize }: Props) {
  return (
    <div className="space-y-2 print:hidden">
      <details className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <summary className="cursor-pointer px-4 py-2 text-sm font-medium text-slate-800 select-none">Customize view</summary>
        <div className="border-t border-slate-100 px-4 py-3">{customize}</div>
      </details>
      {shown.length > 0 && (
        <nav aria-label="Sections">
          <ul className="flex flex-wrap gap-1.5 text-sm">
            {shown.map((panel) => (
              <li key={panel.flag}>
                <a
                  href={`#${panel.anchor}`}
                  className="inline-flex min-h-8 items-center rounded-full border border-slate-200 bg-white px-3 text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {panel.short}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
