// The page's entry module. The requests are already on their way (startEarlyRequests, inlined
// into index.html), and the recording's first screen is drawn by that script too. This draws a
// list's first screen if its answer comes before the app has started, then loads the app.
// Everything it imports statically is in the boot chunk, never the app's; each list's paint is a
// chunk of its own, already on its way too (the inline script preloads it), so a page never
// downloads or evaluates another page's paint before its content. Where nothing was inlined
// (dev), it starts the requests and draws every page's first screen itself.
import { earlyState, type EarlyAnswer, type EarlyStart } from '@/lib/early-requests';

// An async script may run before the body is parsed: look #root up when it is needed.
const root = () => document.getElementById('root');

/** How long the app waits for the first screen before downloading anyway. */
const APP_WAITS_MS = 1_500;

function loadApp() {
  // On a recording URL, its page's code downloads beside the app's, not after it.
  if (early?.kind === 'recording') import('../recording-entry').catch(() => {});
  import('../main').catch(() => {
    const element = root();
    if (element) showLoadFailure(element);
  });
}

/**
 * A build writes the stylesheet into the page; in dev, index.html links it. The paint waits for
 * it there, so the first thing `npm start` shows is styled.
 */
function stylesheetLoaded(): Promise<unknown> {
  const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  if (!link || link.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
}

// Where nothing was inlined (dev), or the inline script did not run, the requests start here.
const started = earlyState().start;
const early = started !== undefined ? started : (await import('./request-start')).startEarlyRequests();
if (early) {
  // A task of its own: this module arrives about when the answer does, which is drawn in between
  // if it is here (the fetch calls take tens of ms on a slow phone).
  if (early.kind === 'recording') setTimeout(early.startRest, 0);
  const painted = paint(early).catch(() => {}); // A failure is the app's to report, once it adopts the request.
  // On a slow link the app's ~100 KB would share the bandwidth with what the first screen is
  // drawn from (the page's answer, the summary sections, the paint's code) and hold it up: the
  // app downloads once the first screen is drawn, or could not be, or is taking long.
  const waited = new Promise((resolve) => setTimeout(resolve, APP_WAITS_MS));
  void Promise.race([painted, waited]).then(loadApp);
} else {
  loadApp();
}

/** The page's element to draw in, once the answer is here and fit to draw from. */
async function drawingRoot(answer: EarlyAnswer) {
  await stylesheetLoaded();
  return answer.response.ok ? root() : null;
}

/** Draws the first screen from the page's answer, its paint's code fetched beside it. */
async function paint(early: EarlyStart) {
  if (early.kind === 'recording') {
    if (early.painted) return early.painted;
    const [{ paintFirstScreen }, answer] = await Promise.all([import('./first-screen'), early.recording]);
    const element = await drawingRoot(answer);
    if (element) await paintFirstScreen(element, answer.text, early.sections);
  } else if (early.kind === 'inbox') {
    const [{ paintInbox }, answer] = await Promise.all([import('./first-screen-inbox'), early.search]);
    const element = await drawingRoot(answer);
    if (element) paintInbox(element, answer.text);
  } else {
    const [{ paintFollowups }, answer] = await Promise.all([import('./first-screen-followups'), early.list]);
    const element = await drawingRoot(answer);
    if (element) paintFollowups(element, answer.text);
  }
}

/**
 * The app itself did not arrive (the connection dropped, or a deploy replaced its files): say so
 * in plain DOM, with a way forward, rather than leave a blank or half-painted page.
 */
function showLoadFailure(root: HTMLElement) {
  const box = document.createElement('main');
  box.setAttribute('role', 'alert');
  box.className = 'mx-auto max-w-xl p-4 text-slate-800';
  const heading = document.createElement('h1');
  heading.className = 'text-xl font-semibold text-slate-900';
  heading.textContent = 'The page could not load';
  const text = document.createElement('p');
  text.className = 'mt-2 text-sm';
  text.textContent = 'Part of the app did not arrive. Check your connection, then reload.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'mt-4 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  box.append(heading, text, reload);
  root.replaceChildren(box);
}
