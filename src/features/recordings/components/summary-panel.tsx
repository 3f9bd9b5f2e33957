import type { ReactNode } from 'react';

import { EmptyState, UnreadableState } from '@/components/ui/panel-frame';
import { clippedText, type ShowText } from '@/lib/clip-text';

import { Unreadable } from '../api/unreadable';

type Props = {
  summary: string | Unreadable | null | undefined;
  /** The v2 summary's sections with their quotes, when Siro has them: they replace the plain text. */
  sections?: ReactNode;
  processing: boolean;
  /** How API text is shown: cut (the first screen), or with Show more (the app). */
  showText?: ShowText;
};

/** The Summary panel's body; hook-free, so the boot script draws it too. */
export function SummaryPanel({ summary, sections, processing, showText = clippedText }: Props) {
  if (sections) return sections;
  if (summary instanceof Unreadable) return <UnreadableState>Siro sent a summary, but it could not be read.</UnreadableState>;
  const text = typeof summary === 'string' ? summary.trim() : '';
  if (!text) {
    return (
      <EmptyState>{processing ? 'The summary will appear when Siro finishes processing.' : 'No summary for this recording.'}</EmptyState>
    );
  }
  return (
    <div className="max-w-3xl space-y-3 text-[15px] leading-relaxed text-slate-800">
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        // dir="auto": each paragraph takes its own direction, and an override in one stops at its end.
        <p key={index} dir="auto" className="whitespace-pre-line">
          {showText(paragraph)}
        </p>
      ))}
    </div>
  );
}
