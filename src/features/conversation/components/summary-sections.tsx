import { Play } from 'lucide-react';
import { LongText } from '@/components/ui/long-text';
import { useAudioStore } from '@/features/conversation/audio-context';
import { formatTimestamp } from '@/features/conversation/format-timestamp';
import type { SummarySection } from '../api/summary-sections-schema';
import { quoteLabel, sectionsClasses as css, sectionText } from '../summary-sections-view';

function SectionText({ text }: { text: string }) {
  const body = sectionText(text);
  if ('points' in body) {
    return (
      <ul className={css.points}>
        {body.points.map((point, index) => (
          <li key={index} dir="auto">
            <LongText text={point} />
          </li>
        ))}
      </ul>
    );
  }
  return body.paragraphs.map((paragraph, index) => (
    <p key={index} dir="auto" className={css.paragraph}>
      <LongText text={paragraph} />
    </p>
  ));
}

/**
 * The v2 summary: one titled section per prompt, each with the quotes it rests on. The boot
 * script paints the same from summary-sections-view.ts before React loads.
 */
export function SummarySections({ sections }: { sections: readonly SummarySection[] }) {
  const store = useAudioStore();
  return (
    <div className={css.list}>
      {sections.map((section, index) => (
        <section key={section.id ?? index} className={css.section}>
          <h3 dir="auto" className={css.heading}>
            <LongText text={section.header} max={300} />
          </h3>
          {section.text && <SectionText text={section.text} />}
          {section.quotes.length > 0 && (
            <ul className={css.quotes}>
              {section.quotes.map((quote, quoteIndex) => {
                const at = formatTimestamp(quote.startMs);
                return (
                  <li key={quoteIndex} className={css.quote}>
                    <button type="button" onClick={() => store.seek(quote.startMs, { play: true })} aria-label={quoteLabel(quote.startMs)} className={css.quoteButton}>
                      <Play aria-hidden="true" className={css.quoteIcon} />
                      {at}
                    </button>
                    {/* On paper, where it was said, without a button that cannot play. */}
                    <span className="hidden shrink-0 text-xs text-slate-600 tabular-nums print:inline">{at}</span>
                    <q dir="auto" className={css.quoteText}>
                      <LongText text={quote.text} />
                    </q>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
