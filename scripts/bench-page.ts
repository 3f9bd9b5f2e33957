// Browser side of the benchmark: one page view in a fresh context under phone-like network and
// CPU conditions, the probes it runs with, and the in-page timing of a panel switch.
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';

export const API_PREFIX = '/api/siro/';
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const CPU_RATE = 4;
export const DEVICE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const TOKEN = 'siro-demo-token';

export type Probes = {
  contentAt: number | null;
  /** When React's page holds the content too (the early paint is plain DOM before it). */
  appAt: number | null;
  longTasks: number[];
  frames: number[];
  lcp: { at: number; size: number; element: string } | null;
  cls: number;
};
/** One request as CDP saw it; times in ms on CDP's monotonic clock. */
export type NetEntry = { url: string; type: string; start: number; end: number | null; bytes: number | null; encoding: string };

export type MeasuredPage = {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  requests: NetEntry[];
  errors: string[];
  /** Date.now() of the last request start or end: when the network last did something. */
  activity: { last: number };
  /** Called by the page when the app (or the reference) shows the content: see loadUntilContent. */
  appReached: { notify: () => void };
};

/** Runs in every document before the app: when is a needle in the body's text, plus perf entries. */
function installProbes(needles: string[]) {
  const probes: Probes = { contentAt: null, appAt: null, longTasks: [], frames: [], lcp: null, cls: 0 };
  (window as unknown as { __bench: Probes }).__bench = probes;
  const observer = new MutationObserver(() => {
    const text = document.body?.textContent ?? '';
    if (!needles.some((needle) => text.includes(needle))) return;
    probes.contentAt ??= performance.now();
    // The app's own page has its panel switches; the reference page has none and stops here.
    // The inbox's and the queue's early paint lie over React's page until React's has its rows.
    const inbox = document.querySelector('[aria-label="Recordings"] a') && !document.querySelector('[data-early-paint]');
    const queue = document.querySelector('[aria-label="Follow-ups"] a') && !document.querySelector('[data-early-paint]');
    if (document.querySelector('[role="switch"]') || inbox || queue || !document.querySelector('script[type="module"]')) {
      probes.appAt = performance.now();
      observer.disconnect();
      (window as unknown as { __benchAppReached?: () => void }).__benchAppReached?.();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  const watch = (type: string, onEntry: (entry: PerformanceEntry) => void) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
  };
  watch('longtask', (entry) => probes.longTasks.push(entry.duration));
  watch('long-animation-frame', (entry) => probes.frames.push(entry.duration));
  watch('largest-contentful-paint', (entry) => {
    const { startTime, size, element } = entry as LargestContentfulPaint;
    probes.lcp = { at: startTime, size, element: `${element?.tagName ?? '?'} "${(element?.textContent ?? '').slice(0, 40)}"` };
  });
  watch('layout-shift', (entry) => {
    const shift = entry as PerformanceEntry & { value: number; hadRecentInput: boolean };
    if (!shift.hadRecentInput) probes.cls += shift.value;
  });
}

export async function openPage(browser: Browser, needles: string[]): Promise<MeasuredPage> {
  const context = await browser.newContext(DEVICE);
  // tsx compiles with keepNames: functions sent to the page call esbuild's `__name` helper.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests: NetEntry[] = [];
  const activity = { last: Date.now() };
  const byId = new Map<string, NetEntry>();
  cdp.on('Network.loadingFailed', (event) => {
    const entry = byId.get(event.requestId);
    if (entry) entry.end ??= event.timestamp * 1000;
    activity.last = Date.now();
  });
  cdp.on('Network.requestWillBeSent', (event) => {
    activity.last = Date.now();
    if (byId.has(event.requestId)) return; // a redirect of a request we have
    const entry: NetEntry = {
      url: event.request.url,
      type: event.type ?? 'Other',
      start: event.timestamp * 1000,
      end: null,
      bytes: null,
      encoding: '',
    };
    byId.set(event.requestId, entry);
    requests.push(entry);
  });
  cdp.on('Network.responseReceived', (event) => {
    const entry = byId.get(event.requestId);
    const headers = Object.entries(event.response.headers);
    if (entry) entry.encoding = String(headers.find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? '');
  });
  cdp.on('Network.loadingFinished', (event) => {
    activity.last = Date.now();
    const entry = byId.get(event.requestId);
    if (entry) Object.assign(entry, { end: event.timestamp * 1000, bytes: event.encodedDataLength });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  await page.addInitScript((token) => sessionStorage.setItem('siro.token', token), TOKEN);
  await page.addInitScript(installProbes, needles);
  const appReached = { notify: () => {} };
  await page.exposeFunction('__benchAppReached', () => appReached.notify());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, requests, errors, activity, appReached };
}

/**
 * Navigates, waits for the content (in React's page too, for the app), then until the network has
 * been quiet for `quietMs` (at most 15 s): long tasks, layout shifts and late requests that come
 * after first content are part of the page view. Returns the probes.
 */
export async function loadUntilContent(
  { page, requests, activity, appReached }: MeasuredPage,
  url: string,
  quietMs: number,
): Promise<Probes & { contentAt: number }> {
  // The page says when (a binding): polling it from here (waitForFunction) would compile
  // Playwright's injected script in the page, 50 ms of main thread at 4x CPU in the middle of
  // the load, which no phone has to do.
  let timer: NodeJS.Timeout | undefined;
  const reached = new Promise<void>((resolve, reject) => {
    appReached.notify = resolve;
    timer = setTimeout(() => reject(new Error(`No content within 60 s at ${url}`)), 60_000);
  });
  await page.goto(url, { waitUntil: 'commit' });
  await reached.finally(() => clearTimeout(timer));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    // Audio streams for as long as it likes: it does not keep the page view open.
    const busy = requests.some((entry) => entry.end === null && entry.type !== 'Media');
    if (!busy && Date.now() - activity.last >= quietMs) break;
    await page.waitForTimeout(100);
  }
  return page.evaluate(() => (window as unknown as { __bench: Probes & { contentAt: number } }).__bench);
}

/** GET /recordings/{id} through the proxy: the request a page view needs. */
export const recordingRequests = (requests: NetEntry[]) =>
  requests.filter((entry) => /^\/api\/siro\/v1\/core\/recordings\/[^/]+$/.test(new URL(entry.url).pathname));
/** Any request to the Siro API (summary sections, transcript, audio URL…). */
export const apiRequests = (requests: NetEntry[]) => requests.filter((entry) => new URL(entry.url).pathname.startsWith(API_PREFIX));

export type SwitchTiming = { dom: number; painted: number; framesBefore: number };

/**
 * Clicks `button` in the page and times, from just before the click, until the Summary region
 * holding `text` is visible (`visible`) or no longer is: `dom` when the DOM says so,
 * `painted` after the next frame (a task queued from the following requestAnimationFrame), and
 * `framesBefore`, how many frames began in between: 0 means the first frame after the click
 * already shows the change.
 */
export function clickAndTime(button: HTMLElement, { visible, text }: { visible: boolean; text: string }) {
  return new Promise<SwitchTiming>((resolve, reject) => {
    const regionShown = () =>
      Array.from(document.querySelectorAll('section, [role="region"]')).some((region) => {
        const labelId = region.getAttribute('aria-labelledby') ?? '';
        const name = region.getAttribute('aria-label') ?? document.getElementById(labelId)?.textContent ?? '';
        return name.trim() === 'Summary' && region.checkVisibility() && (region.textContent ?? '').includes(text);
      });
    let done = false;
    let frames = 0;
    const countFrame = () => {
      if (done) return;
      frames++;
      requestAnimationFrame(countFrame);
    };
    const finish = () => {
      if (done || regionShown() !== visible) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      const dom = performance.now() - start;
      const framesBefore = frames;
      requestAnimationFrame(() => setTimeout(() => resolve({ dom, painted: performance.now() - start, framesBefore })));
    };
    const observer = new MutationObserver(finish);
    const timer = setTimeout(() => reject(new Error(`Summary never became ${visible ? 'visible' : 'hidden'}`)), 20_000);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    const start = performance.now();
    requestAnimationFrame(countFrame);
    button.click();
    finish();
  });
}
