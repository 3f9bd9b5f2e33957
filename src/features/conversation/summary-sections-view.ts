import type { SummarySection } from './api/summary-sections-schema';
import { clipText } from '@/lib/clip-text';
import { formatTimestamp } from './format-timestamp';

// How the summary sections read and are laid out, shared by the React component and the boot
// script's plain-DOM early paint, so the sections do not move when React takes over.

export const sectionsClasses = {
  list: 'max-w-3xl space-y-5 text-[15px] leading-relaxed text-slate-800',
  section: 'space-y-2',
  heading: 'text-sm font-semibold text-slate-900',
  points: 'list-disc space-y-1 pl-5',
  paragraph: 'whitespace-pre-line',
  quotes: 'space-y-1.5',
  quote: 'flex items-start gap-2 text-sm break-inside-avoid',
  quoteButton:
    'inline-flex min-h-6 min-w-11 shrink-0 items-center justify-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-900 tabular-nums hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600 print:hidden',
  quoteIcon: 'size-3 shrink-0',
  quoteText: 'text-slate-700 italic',
} as const;

/** "- a\n- b" reads as a list of points; anything else as paragraphs. */
export function sectionText(text: string): { points: string[] } | { paragraphs: string[] } {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length > 0 && lines.every((line) => /^[-•*]\s+/.test(line))) {
    return { points: lines.map((line) => line.replace(/^[-•*]\s+/, '')) };
  }
  return { paragraphs: text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()) };
}

export const quoteLabel = (startMs: number) => `Play quote at ${formatTimestamp(startMs)}`;

/** The sections as plain DOM, text only: the early paint's version of <SummarySections>. */
export function sectionsElement(sections: readonly SummarySection[]): HTMLElement {
  // API text is isolated (dir="auto") as in React: a stray right-to-left mark stays in its line.
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string, max?: number) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) {
      node.textContent = clipText(text, max).text;
      node.dir = 'auto';
    }
    return node;
  };
  const list = element('div', sectionsClasses.list);
  for (const section of sections) {
    const box = element('section', sectionsClasses.section);
    box.append(element('h3', sectionsClasses.heading, section.header, 300));
    if (section.text) {
      const body = sectionText(section.text);
      if ('points' in body) {
        const points = element('ul', sectionsClasses.points);
        points.append(...body.points.map((point) => element('li', '', point)));
        box.append(points);
      } else {
        box.append(...body.paragraphs.map((paragraph) => element('p', sectionsClasses.paragraph, paragraph)));
      }
    }
    if (section.quotes.length) {
      const quotes = element('ul', sectionsClasses.quotes);
      for (const quote of section.quotes) {
        // The button as it will be, disabled until the app that plays it has loaded.
        const chip = element('button', sectionsClasses.quoteButton);
        chip.type = 'button';
        chip.disabled = true;
        chip.setAttribute('aria-label', quoteLabel(quote.startMs));
        chip.append(element('span', sectionsClasses.quoteIcon), formatTimestamp(quote.startMs));
        const item = element('li', sectionsClasses.quote);
        item.append(chip, element('q', sectionsClasses.quoteText, quote.text));
        quotes.append(item);
      }
      box.append(quotes);
    }
    list.append(box);
  }
  return list;
}
