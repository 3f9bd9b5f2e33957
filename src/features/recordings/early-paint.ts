// When the recording arrives before the app has started (a phone parsing ~100 KB of JS at a
// quarter of desktop speed), show its title and summary at once as plain text, laid out like
// the page to come. React replaces it wholesale on its first commit.

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text; // text only: API strings never become markup
  return node;
}

export function paintEarly(root: HTMLElement, text: string) {
  if (root.childElementCount > 0) return; // the app got there first
  let data: unknown;
  try {
    data = (JSON.parse(text) as { data?: unknown }).data;
  } catch {
    return;
  }
  if (typeof data !== 'object' || data === null) return;
  const { title, summary } = data as { title?: unknown; summary?: unknown };

  const bar = element('div', 'h-[49px] border-b border-slate-200 bg-white');
  const main = element('main', 'mx-auto max-w-6xl space-y-4 px-4 py-4 sm:py-6');
  main.setAttribute('aria-busy', 'true');
  const header = element('header', 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5');
  header.append(
    element(
      'h1',
      'text-xl font-semibold text-slate-900 sm:text-2xl',
      typeof title === 'string' && title.trim() ? title.trim() : 'Untitled recording',
    ),
  );
  main.append(header);
  if (typeof summary === 'string' && summary.trim()) {
    const section = element('section', 'rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5');
    section.append(
      element('h2', 'mb-3 text-base font-semibold text-slate-900', 'Summary'),
      element('p', 'text-[15px] leading-relaxed whitespace-pre-line text-slate-800', summary.trim()),
    );
    main.append(section);
  }
  root.append(bar, main);
}
