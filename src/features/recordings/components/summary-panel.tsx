import type { ReactNode } from 'react';
import { LongText } from '@/components/ui/long-text';
import { EmptyState, UnreadableState } from '@/components/ui/panel';
import { Unreadable } from '../api/recording-schema';
import { summaryClasses as css, summaryParagraphs } from '../first-screen';

type Props = {
  summary: string | Unreadable | null | undefined;
  /** The v2 summary's sections with their quotes, when Siro has them: they replace the plain text. */
  sections?: ReactNode;
  processing: boolean;
};

export function SummaryPanel({ summary, sections, processing }: Props) {
  if (sections) return sections;
  if (summary instanceof Unreadable) return <UnreadableState>Siro sent a summary, but it could not be read.</UnreadableState>;
  const paragraphs = summaryParagraphs(summary);
  if (!paragraphs.length) {
    return <EmptyState>{processing ? 'The summary will appear when Siro finishes processing.' : 'No summary for this recording.'}</EmptyState>;
  }
  return (
    <div className={css.text}>
      {paragraphs.map((paragraph, index) => (
        // dir="auto": each paragraph takes its own direction, and an override in one stops at its end.
        <p key={index} dir="auto" className={css.paragraph}>
          <LongText text={paragraph} />
        </p>
      ))}
    </div>
  );
}
