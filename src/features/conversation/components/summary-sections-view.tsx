import { Link2Icon, PlayIcon } from '@/components/ui/first-screen-icons';
import { clippedText, type ShowText } from '@/lib/clip-text';
import { formatTimestamp } from '@/lib/format-timestamp';

import type { SummarySection } from '../api/summary-sections-schema';

/** "- a\n- b" reads as a list of points; anything else as paragraphs. */
export function sectionText(text: string): { points: string[] } | { paragraphs: string[] } {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 0 && lines.every((line) => /^[-•*]\s+/.test(line))) {
    return { points: lines.map((line) => line.replace(/^[-•*]\s+/, '')) };
  }
  return { paragraphs: text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()) };
}

function SectionText({ text, showText }: { text: string; showText: ShowText }) {
  const body = sectionText(text);
  if ('points' in body) {
    return (
      <ul className="list-disc space-y-1 pl-5">
        {body.points.map((point, index) => (
          <li key={index} dir="auto">
            {showText(point)}
          </li>
        ))}
      </ul>
    );
  }
  return body.paragraphs.map((paragraph, index) => (
    <p key={index} dir="auto" className="whitespace-pre-line">
      {showText(paragraph)}
    </p>
  ));
}

type Props = {
  sections: readonly SummarySection[];
  /** Plays from a quote; without it (before the app has loaded) the quote buttons are disabled. */
  onPlay?: (startMs: number) => void;
  /** Copies the page's link at a quote; without it the copy buttons are disabled. */
  onCopyLink?: (startMs: number) => void;
  /** What the last copy did ("Link copied"), for screen readers. */
  copyStatus?: string;
  /** How API text is shown: cut (the first screen), or with Show more (the app). */
  showText?: ShowText;
};

/** The v2 summary: one titled section per prompt, each with the quotes it rests on. */
export function SummarySectionsView({ sections, onPlay, onCopyLink, copyStatus = '', showText = clippedText }: Props) {
  return (
    <div className="max-w-3xl space-y-5 text-[15px] leading-relaxed text-slate-800">
      {sections.map((section, index) => (
        <section key={section.id ?? index} className="space-y-2">
          <h3 dir="auto" className="text-sm font-semibold text-slate-900">
            {showText(section.header, 300)}
          </h3>
          {section.text && <SectionText text={section.text} showText={showText} />}
          {section.quotes.length > 0 && (
            <ul className="space-y-1.5">
              {section.quotes.map((quote, quoteIndex) => {
                const at = formatTimestamp(quote.startMs);
                return (
                  <li key={quoteIndex} className="flex items-start gap-2 text-sm break-inside-avoid">
                    <button
                      type="button"
                      onClick={onPlay && (() => onPlay(quote.startMs))}
                      disabled={!onPlay}
                      aria-label={`Play quote at ${at}`}
                      className="inline-flex min-h-6 min-w-11 shrink-0 items-center justify-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900 tabular-nums hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600 print:hidden"
                    >
                      <PlayIcon />
                      {at}
                    </button>
                    {/* On paper, where it was said, without a button that cannot play. */}
                    <span className="hidden shrink-0 text-xs text-slate-600 tabular-nums print:inline">{at}</span>
                    <q dir="auto" className="min-w-0 flex-1 text-slate-700 italic">
                      {showText(quote.text)}
                    </q>
                    <button
                      type="button"
                      onClick={onCopyLink && (() => onCopyLink(quote.startMs))}
                      disabled={!onCopyLink}
                      aria-label={`Copy link at ${at}`}
                      className="inline-flex h-6 w-11 shrink-0 items-center justify-center rounded-full text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600 print:hidden"
                    >
                      <Link2Icon className="size-4 shrink-0" />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
      <p role="status" className="sr-only">
        {copyStatus}
      </p>
    </div>
  );
}
