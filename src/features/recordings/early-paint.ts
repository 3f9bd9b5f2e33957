import { badgeClass, panelClasses } from '@/components/ui/classes';
import { clipText } from '@/lib/clip-text';
import { HEADER_TEXT, headerClasses as css, headerView, summaryClasses, summaryParagraphs } from './first-screen';

// When the recording arrives before the app has started (a phone parsing ~100 KB of JS at a
// quarter of desktop speed), draw what the manager sees first, the header and the summary, as
// plain DOM: the same words and classes as the React components (first-screen.ts), so nothing
// moves when React replaces it on its first commit. Text only: API strings never become markup.

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string | null) {
  const node = document.createElement(tag);
  node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

function header(fields: Record<string, unknown>): HTMLElement {
  const view = headerView(fields);
  const card = element('header', css.card);
  if (view.deleted) card.append(element('p', css.deleted, HEADER_TEXT.deleted));
  const titleRow = element('div', css.titleRow);
  const title = element('h1', css.title, clipText(view.title, 300).text);
  title.dir = 'auto';
  titleRow.append(title);
  if (view.outcome) {
    const outcome = element('span', css.outcome);
    const badge = element('span', badgeClass(view.outcome.tone), view.outcome.text);
    badge.dir = 'auto';
    outcome.append(element('span', 'sr-only', 'Outcome:'), badge);
    titleRow.append(outcome);
  }
  const recordedAt = element('p', css.recordedAt);
  if (view.recordedAt) {
    const time = element('time', '', view.recordedAt);
    time.dateTime = view.dateCreated ?? '';
    recordedAt.append('Recorded ', time);
  } else {
    recordedAt.textContent = HEADER_TEXT.noDate;
  }
  card.append(titleRow, recordedAt);
  if (view.processing) card.append(element('p', css.processing, HEADER_TEXT.processing));
  const facts = element('dl', css.facts);
  for (const [term, value] of view.facts) {
    const fact = element('div', css.fact);
    const definition = element('dd', css.value, value);
    definition.dir = 'auto';
    if (value === null) definition.append(element('span', css.missing, HEADER_TEXT.notAvailable));
    fact.append(element('dt', css.term, term), definition);
    facts.append(fact);
  }
  const ids = element('details', css.ids);
  ids.append(element('summary', css.idsSummary, HEADER_TEXT.ids));
  card.append(facts, ids);
  return card;
}

/** The Summary panel around `content`: the sections when Siro has them, else the plain text. */
function summaryPanel(summary: unknown, content: HTMLElement | null): HTMLElement | null {
  const paragraphs = summaryParagraphs(summary);
  if (!content && !paragraphs.length) return null;
  const panel = element('section', panelClasses.section);
  const headingRow = element('div', panelClasses.headingRow);
  headingRow.append(element('h2', panelClasses.heading, 'Summary'));
  let body = content;
  if (!body) {
    body = element('div', summaryClasses.text);
    for (const paragraph of paragraphs) {
      const node = element('p', summaryClasses.paragraph, clipText(paragraph).text);
      node.dir = 'auto';
      body.append(node);
    }
  }
  panel.append(headingRow, body);
  return panel;
}

/**
 * `text`: the recording's answer. `sections`: the summary sections, drawn instead of the plain
 * summary, or null; `withSummary`: whether the Summary panel is switched on.
 */
export function paintEarly(root: HTMLElement, text: string, options: { withSummary: boolean; sections: HTMLElement | null }) {
  if (root.childElementCount > 0) return; // the app got there first
  let data: unknown;
  try {
    data = (JSON.parse(text) as { data?: unknown }).data;
  } catch {
    return;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  const fields = data as Record<string, unknown>;

  // The layout's bar (its height, without its links) and main column, as src/app/layout.tsx.
  const bar = element('div', 'h-[49px] border-b border-slate-200 bg-white');
  const main = element('main', 'mx-auto max-w-6xl px-4 py-4 sm:py-6');
  main.setAttribute('aria-busy', 'true');
  const page = element('div', 'space-y-4');
  page.append(header(fields));
  const summary = options.withSummary ? summaryPanel(fields.summary, options.sections) : null;
  if (summary) page.append(summary);
  main.append(page);
  root.append(bar, main);
}
