// `npm run bench`: loads the recording page of the production build, as a phone on a slow
// network would, next to a reference page that does the minimum with the same API answer, and
// rewrites BENCHMARKS.md. BENCH_RUNS (default 5) page views of each kind, app and reference
// alternated; BENCH_PORT (default 4310) is where `vite preview` listens; BENCH_SKIP_BUILD=1
// reuses .bench-dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { BENCH_LARGE_RECORDING_ID, COMPLETE_SALE_RECORDING_ID, DEMO_TOKEN } from '../sample-api/server.ts';
import { FOLLOWUPS_REFERENCE_PATH, followupsNeedle, followupsReferenceHtml, followupsRows } from './bench-followups.ts';
import {
  appInboxView,
  INBOX_REFERENCE_PATH,
  inboxNeedle,
  inboxReferenceHtml,
  inboxRows,
  thousandRowsView,
  type InboxView,
} from './bench-inbox.ts';
import { lighthouseRows, lighthouseRuns } from './bench-lighthouse.ts';
import { summarise, type SaleView, type SwitchOnView, type View, type Views } from './bench-metrics.ts';
import { apiRequests, clickAndTime, loadUntilContent, openPage, recordingRequests } from './bench-page.ts';
import { markdown, round, textTable } from './bench-report.ts';
import { buildApp, OUT_DIR, startPreview, startReference, startSampleApi, stopAll } from './bench-servers.ts';

// At least five: every figure is a median (or a worst case) over the runs.
const RUNS = Math.max(5, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 5);
const PORT = Number(process.env.BENCH_PORT ?? 4310);
// A Lighthouse run takes ~30 s: three give a median without doubling the bench's time.
const LIGHTHOUSE_RUNS = 3;
// What the app asks for by default; the reference page asks for the same.
export const ALL_PANELS =
  'showSummary=true&showCrmCustomers=true&showCrmOpportunities=true&showEntityExtractions=true&showEvaluationScore=true&showFollowups=true';

type SampleRecording = { title: string; summary: string; entityExtractions: { siroEntityDefinitionName: string }[] };

/**
 * What to wait for. Complete sale: a summary sentence, or the first line of the v2 summary
 * sections should those replace the plain summary. bench-large: the title or first extraction.
 */
async function readNeedles(apiUrl: string) {
  const get = async <T>(path: string) => {
    const res = await fetch(`${apiUrl}${path}`, { headers: { 'x-siro-auth-token': DEMO_TOKEN } });
    return res.ok ? ((await res.json()) as { data: T }).data : undefined;
  };
  const sale = await get<SampleRecording>(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}?${ALL_PANELS}`);
  const sections = await get<{ promptResponse?: string }[]>(`/v2/core/recordings/${COMPLETE_SALE_RECORDING_ID}/summary`);
  const large = await get<SampleRecording>(`/v1/core/recordings/${BENCH_LARGE_RECORDING_ID}?${ALL_PANELS}`);
  const sentence = sale?.summary.split(/(?<=[.!?])\s+/).find((part) => part.length >= 30);
  const keyPoint = sections?.[0]?.promptResponse
    ?.split('\n')[0]
    ?.replace(/^[-*]\s*/, '')
    .slice(0, 40);
  const first = large?.entityExtractions[0]?.siroEntityDefinitionName;
  if (!sentence || !large || !first) throw new Error('The sample API lacks the complete sale summary or bench-large.');
  return { sale: keyPoint ? [sentence, keyPoint] : [sentence], large: [large.title, first] };
}

/** A page view that only loads: time to content, long tasks, requests. */
async function loadView(browser: Browser, url: string, needles: string[], quietMs: number): Promise<View> {
  const view = await openPage(browser, needles);
  try {
    const probes = await loadUntilContent(view, url, quietMs);
    return { probes, requests: [...view.requests], errors: view.errors };
  } finally {
    await view.context.close();
  }
}

/** The app's complete sale: load, then switch Summary off and on again. */
async function appSaleView(browser: Browser, url: string, needles: string[]): Promise<SaleView> {
  const view = await openPage(browser, needles);
  try {
    const probes = await loadUntilContent(view, url, 500);
    const requests = view.requests.map((entry) => ({ ...entry }));
    // The switches are in Customize view: open it, as a manager does, before timing the click.
    await view.page.getByText('Customize view', { exact: true }).click();
    const toggle = view.page.getByRole('switch', { name: 'Summary', exact: true });
    const region = view.page.getByRole('region', { name: 'Summary', exact: true });
    const shown = (await region.textContent())?.trim().slice(0, 120) ?? '';
    const countApi = () => apiRequests(view.requests).length;
    const before = countApi();
    const off = await toggle.evaluate(clickAndTime, { visible: false, text: '' });
    await region.waitFor({ state: 'hidden' });
    await view.page.waitForTimeout(1_500); // room for a request that should not come
    const afterOff = countApi();
    const on = await toggle.evaluate(clickAndTime, { visible: true, text: shown });
    await view.page.waitForTimeout(1_000);
    const switches = { off: { ...off, requests: afterOff - before }, on: { ...on, requests: countApi() - afterOff } };
    return { probes, requests, switches, errors: view.errors };
  } finally {
    await view.context.close();
  }
}

/** The complete sale opened with Summary off, then switched on: data the page never had. */
async function appSwitchOnView(browser: Browser, url: string, needles: string[]): Promise<SwitchOnView> {
  const view = await openPage(browser, ['Opportunities']);
  try {
    await loadUntilContent(view, `${url}?showSummary=false`, 500);
    const [recordingBefore, apiBefore] = [recordingRequests(view.requests).length, apiRequests(view.requests).length];
    // The switches are in Customize view: open it, as a manager does, before timing the click.
    await view.page.getByText('Customize view', { exact: true }).click();
    const toggle = view.page.getByRole('switch', { name: 'Summary', exact: true });
    // The summary as the page shows it: its sections when Siro has them (the last needle), else the text.
    const timing = await toggle.evaluate(clickAndTime, { visible: true, text: needles.at(-1) ?? '' });
    await view.page.waitForTimeout(1_000); // room for a request that should not come
    const recording = recordingRequests(view.requests).length - recordingBefore;
    return { ...timing, recording, other: apiRequests(view.requests).length - apiBefore - recording, errors: view.errors };
  } finally {
    await view.context.close();
  }
}

/** BENCH_RUNS rounds of the page views, app and reference alternated. */
type InboxViews = { needle: string; app: InboxView[]; ref: View[]; thousand: number[] };
type ListViews = { needle: string; app: View[]; ref: View[] };

async function collect(
  browser: Browser,
  appUrl: string,
  refUrl: string,
  needles: Awaited<ReturnType<typeof readNeedles>>,
  inbox: InboxViews,
  followups: ListViews,
) {
  const views: Views = { appSale: [], refSale: [], appLarge: [], refLarge: [], switchOn: [] };
  const sale = COMPLETE_SALE_RECORDING_ID;
  const large = BENCH_LARGE_RECORDING_ID;
  for (let run = 0; run < RUNS; run++) {
    // Alternate who goes first, so neither always follows the other.
    const appFirst = run % 2 === 0;
    for (const app of [appFirst, !appFirst]) {
      if (app) views.appSale.push(await appSaleView(browser, `${appUrl}/recordings/${sale}`, needles.sale));
      else views.refSale.push(await loadView(browser, `${refUrl}/reference/${sale}`, needles.sale, 500));
    }
    for (const app of [appFirst, !appFirst]) {
      if (app) views.appLarge.push(await loadView(browser, `${appUrl}/recordings/${large}`, needles.large, 500));
      else views.refLarge.push(await loadView(browser, `${refUrl}/reference/${large}`, needles.large, 500));
    }
    views.switchOn.push(await appSwitchOnView(browser, `${appUrl}/recordings/${sale}`, needles.sale));
    for (const app of [appFirst, !appFirst]) {
      if (app) inbox.app.push(await appInboxView(browser, `${appUrl}/recordings`, inbox.needle));
      else inbox.ref.push(await loadView(browser, `${refUrl}${INBOX_REFERENCE_PATH}`, [inbox.needle], 500));
    }
    if (run < 3) inbox.thousand.push(await thousandRowsView(browser, `${appUrl}/recordings`));
    for (const app of [appFirst, !appFirst]) {
      if (app) followups.app.push(await loadView(browser, `${appUrl}/follow-ups`, [followups.needle], 500));
      else followups.ref.push(await loadView(browser, `${refUrl}${FOLLOWUPS_REFERENCE_PATH}`, [followups.needle], 500));
    }
    const last = (list: View[]) => `${round(list.at(-1)?.probes.contentAt ?? Number.NaN)} ms`;
    console.log(
      `Run ${run + 1}/${RUNS}: complete sale app ${last(views.appSale)}, reference ${last(views.refSale)}; bench-large app ${last(views.appLarge)}, reference ${last(views.refLarge)}`,
    );
  }
  return views;
}

async function main() {
  const loadAverage = () =>
    os
      .loadavg()
      .map((load) => round(load, 1))
      .join(' ');
  const loadBefore = loadAverage();
  const apiUrl = await startSampleApi();
  const needles = await readNeedles(apiUrl);
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log(`Building into ${OUT_DIR}/ …`);
    await buildApp();
  }
  const entryScript = /<script type="module"[^>]* src="([^"]+)"/.exec(readFileSync(join(OUT_DIR, 'index.html'), 'utf8'))?.[1];
  if (!entryScript) throw new Error(`No module script in ${OUT_DIR}/index.html`);
  const appUrl = await startPreview(PORT, apiUrl);
  const refUrl = await startReference(apiUrl, ALL_PANELS, {
    [INBOX_REFERENCE_PATH]: inboxReferenceHtml,
    [FOLLOWUPS_REFERENCE_PATH]: followupsReferenceHtml,
  });
  const inbox: InboxViews = { needle: await inboxNeedle(apiUrl), app: [], ref: [], thousand: [] };
  const followups: ListViews = { needle: await followupsNeedle(apiUrl), app: [], ref: [] };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const summary = summarise(await collect(browser, appUrl, refUrl, needles, inbox, followups), OUT_DIR, entryScript);
    summary.rows.push(...inboxRows(inbox.app, inbox.ref, inbox.thousand, OUT_DIR, summary.raw));
    summary.rows.push(...followupsRows(followups.app, followups.ref, summary.raw));
    summary.errors.push(...[...inbox.app, ...inbox.ref, ...followups.app, ...followups.ref].flatMap((view) => view.errors));
    console.log(`Lighthouse, ${LIGHTHOUSE_RUNS} runs …`);
    const lighthouse = await lighthouseRuns(`${appUrl}/recordings/${COMPLETE_SALE_RECORDING_ID}`, DEMO_TOKEN, LIGHTHOUSE_RUNS);
    summary.rows.push(...lighthouseRows(lighthouse, summary.raw));
    console.log(`\n${textTable(summary.rows)}\n`);
    const cpus = os.cpus();
    const machine = [
      `CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores; memory ${round(os.totalmem() / 2 ** 30, 1)} GiB`,
      `${os.type()} ${os.release()} (${os.arch()}); Node ${process.version}; Chromium ${browser.version()} (headless, driven by Playwright)`,
      `Load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAverage()}`,
    ];
    writeFileSync('BENCHMARKS.md', markdown({ date: new Date().toISOString(), machine, runs: RUNS, entryScript, ...summary }));
    console.log('BENCHMARKS.md written.');
  } finally {
    await browser.close();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => stopAll());
