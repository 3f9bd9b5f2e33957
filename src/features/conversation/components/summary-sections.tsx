import { Play } from 'lucide-react';
import { useAudioStore } from '@/features/conversation/audio-context';
import { formatTimestamp } from '@/features/conversation/format-timestamp';
import type { SummarySection } from '../api/get-summary-sections';

/** "- a\n- b" reads as a list; anything else as paragraphs. */
function SectionText({ text }: { text: string }) {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length > 0 && lines.every((line) => /^[-•*]\s+/.test(line))) {
    return (
      <ul className="list-disc space-y-1 pl-5">
        {lines.map((line, index) => (
          <li key={index}>{line.replace(/^[-•*]\s+/, '')}</li>
        ))}
      </ul>
    );
  }
  return text.split(/\n\s*\n/).map((paragraph, index) => (
    <p key={index} className="whitespace-pre-line">
      {paragraph.trim()}
    </p>
  ));
}

/** The v2 summary: one titled section per prompt, each with the quotes it rests on. */
export function SummarySections({ sections }: { sections: readonly SummarySection[] }) {
  const store = useAudioStore();
  return (
    <div className="space-y-5 text-[15px] leading-relaxed text-slate-800">
      {sections.map((section, index) => (
        <section key={section.id ?? index} className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{section.header}</h3>
          {section.text && <SectionText text={section.text} />}
          {section.quotes.length > 0 && (
            <ul className="space-y-1.5">
              {section.quotes.map((quote, quoteIndex) => {
                const at = formatTimestamp(quote.startMs);
                return (
                  <li key={quoteIndex} className="flex items-start gap-2 text-sm">
                    {store && (
                      <button
                        type="button"
                        onClick={() => store.seek(quote.startMs, { play: true })}
                        aria-label={`Play quote at ${at}`}
                        className="inline-flex shrink-0 items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900 tabular-nums hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600 print:hidden"
                      >
                        <Play aria-hidden="true" size={12} />
                        {at}
                      </button>
                    )}
                    {/* On paper, where it was said, without a button that cannot play. */}
                    {store && <span className="hidden shrink-0 text-xs text-slate-600 tabular-nums print:inline">{at}</span>}
                    <q className="text-slate-700 italic">{quote.text}</q>
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
