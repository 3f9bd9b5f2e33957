// The inbox in `npm run bench`: time to the first rows against a reference page making the same
// search request and writing the rows as plain DOM; the JS it loads; one search per view; one
// per filter change; and a thousand rows scrolled without a long task.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

import { DEMO_TOKEN } from '../sample-api/server.ts';
import { FIRST_PAGE, INBOX_FILTERS, SEARCH_PATH, searchBody } from '../src/features/inbox/filters.ts';
import { defaultFilters } from '../src/lib/url-filters.ts';
import { type View } from './bench-metrics.ts';
import { loadUntilContent, openPage, type NetEntry } from './bench-page.ts';
import { kb, max, median, round, type Row } from './bench-report.ts';

const BODY = JSON.stringify(searchBody(defaultFilters(INBOX_FILTERS), FIRST_PAGE));
export const INBOX_REFERENCE_PATH = '/reference-inbox';
const THOUSAND = 1_000;

/** The least an inbox page can do: the same search, then one plain `li` per hit. */
export const inboxReferenceHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference inbox</title></head><body><main id="out">Loading</main><script>
(async () => {
  const res = await fetch('/api/siro${SEARCH_PATH}', { method: 'POST', body: ${JSON.stringify(BODY)},
    headers: { 'x-siro-auth-token': sessionStorage.getItem('siro.token'), 'content-type': 'application/json' } });
  const list = document.createElement('ul');
  for (const hit of (await res.json()).data.hits) {
    const item = list.appendChild(document.createElement('li'));
    const link = item.appendChild(document.createElement('a'));
    link.href = '/recordings/' + encodeURIComponent(hit.recordingId);
    link.textContent = hit.title || 'Untitled recording';
    item.append(' ' + [hit.repFirstName, hit.repLastName, hit.conversationType, hit.universalOutcomeLabel].filter(Boolean).join(' · '));
  }
  document.getElementById('out').replaceChildren(list);
})();
</script></body></html>`;

/** The newest recording's title: what both pages show first. */
export async function inboxNeedle(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}${SEARCH_PATH}`, {
    method: 'POST',
    body: BODY,
    headers: { 'x-siro-auth-token': DEMO_TOKEN, 'content-type': 'application/json' },
  });
  const title = ((await res.json()) as { data: { hits: { title?: string }[] } }).data.hits[0]?.title;
  if (!title) throw new Error('The sample search answered no titled recording first.');
  return title;
}

const searches = (requests: NetEntry[]) => requests.filter((entry) => new URL(entry.url).pathname === `/api/siro${SEARCH_PATH}`);

export type InboxView = View & { filterRequests: number };

/** The app's inbox: load, then change the sort (one discrete filter change). */
export async function appInboxView(browser: Browser, url: string, needle: string): Promise<InboxView> {
  const view = await openPage(browser, [needle]);
  try {
    const probes = await loadUntilContent(view, url, 500);
    const requests = view.requests.map((entry) => ({ ...entry }));
    const before = searches(view.requests).length;
    await view.page.getByLabel('Sort').selectOption('oldest');
    await view.page.waitForTimeout(1_500); // room for a second request that should not come
    return { probes, requests, filterRequests: searches(view.requests).length - before, errors: view.errors };
  } finally {
    await view.context.close();
  }
}

/** A thousand rows (the search faked with generated pages), scrolled to the end: the longest task while scrolling. */
export async function thousandRowsView(browser: Browser, url: string): Promise<number> {
  const view = await openPage(browser, ['Generated recording 1']);
  try {
    await view.page.route(`**/api/siro${SEARCH_PATH}`, async (route) => {
      const { page, pageSize } = route.request().postDataJSON() as { page: number; pageSize: number };
      const offset = (page - 1) * pageSize;
      const hits = Array.from({ length: Math.max(0, Math.min(pageSize, THOUSAND - offset)) }, (_, index) => {
        const n = offset + index + 1;
        return {
          recordingId: `generated-${n}`,
          dateCreated: Date.UTC(2026, 3, 30) - n * 3_600_000,
          title: `Generated recording ${n}`,
          repFirstName: 'Marcus',
          repLastName: 'Bell',
          userId: 'u1',
          teamId: 't1',
          teamName: 'Roofing',
          result: 'closed',
          conversationType: 'Door knock',
          durationInMilliseconds: 600_000 + n,
          viewed: n % 3 > 0,
          isPrivate: n % 7 === 0,
          universalOutcomeLabel: 'POSITIVE',
          evaluation: { pointsEarned: 35 + (n % 64), pointsPossible: 100 },
          crmCustomer: { name: `Customer ${n}` },
        };
      });
      await route.fulfill({ json: { data: { hits, estimatedTotalHits: THOUSAND, offset, limit: pageSize } } });
    });
    await loadUntilContent(view, url, 300);
    await view.page.evaluate(() => ((window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks.length = 0));
    // Every loaded row is in the list, drawn or not. Counted by a plain evaluate: a locator would
    // compile Playwright's injected script in the page, a long task of its own, while measuring.
    const loaded = () => view.page.evaluate(() => document.querySelectorAll('[data-list-item]').length);
    for (let step = 0; step < 200 && (await loaded()) < THOUSAND; step++) {
      await view.page.mouse.wheel(0, 4_000);
      await view.page.waitForTimeout(150);
    }
    if ((await loaded()) < THOUSAND) throw new Error(`Only ${await loaded()} rows after scrolling`);
    for (let step = 0; step < 10; step++) {
      await view.page.mouse.wheel(0, -20_000);
      await view.page.waitForTimeout(100);
    }
    return max(await view.page.evaluate(() => (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks));
  } finally {
    await view.context.close();
  }
}

const pathOf = (url: string) => new URL(url).pathname;

export function inboxRows(app: InboxView[], ref: View[], thousand: number[], outDir: string, raw: Record<string, number[]>): Row[] {
  const ttc = (list: View[]) => list.map((view) => view.probes.contentAt);
  raw['Inbox: app time to first rows (ms)'] = ttc(app);
  raw['Inbox: reference time to first rows (ms)'] = ttc(ref);
  raw['Inbox: longest task scrolling 1,000 rows (ms)'] = thousand;
  const ratio = median(ttc(app)) / median(ttc(ref));
  const files = new Set(app.flatMap((view) => view.requests.map((entry) => pathOf(entry.url)).filter((path) => path.endsWith('.js'))));
  const js = [...files].reduce((total, path) => total + gzipSync(readFileSync(join(outDir, path)), { level: 9 }).length, 0);
  const perView = max(app.map((view) => searches(view.requests).length));
  const perChange = app.map((view) => view.filterRequests);
  const longest = max(thousand);
  return [
    {
      metric: '7. Inbox time to first rows, app / reference',
      target: '',
      measured: `${round(median(ttc(app)))} ms / ${round(median(ttc(ref)))} ms`,
      pass: null,
    },
    { metric: '7. Inbox ratio app / reference', target: '≤ 1.5×', measured: `${round(ratio, 2)}×`, pass: ratio <= 1.5 },
    { metric: `7. Inbox JS gzip -9 of every file loaded, files: ${files.size}`, target: '≤ 120 KB', measured: kb(js), pass: js <= 120_000 },
    { metric: '7. Inbox search requests per view (worst)', target: '1', measured: String(perView), pass: perView === 1 },
    {
      metric: '7. Inbox filter change: search requests (min, worst)',
      target: '1',
      measured: `${Math.min(...perChange)}, ${max(perChange)}`,
      pass: perChange.every((count) => count === 1),
    },
    {
      metric: '7. Inbox 1,000 rows scrolled: longest task (worst)',
      target: '≤ 50 ms',
      measured: `${round(longest)} ms`,
      pass: longest <= 50,
    },
  ];
}
