// The page's entry: start the requests first, then load the app. The app chunk is
// modulepreloaded from index.html, so it downloads in parallel rather than after this file.
// Everything this file imports is in the small boot chunk (vite.config.ts), never in the app's.
import { preloadRequest, type EarlyAnswer } from './lib/api-client';
import { readStoredToken } from './lib/token-storage';
import { paintEarly } from './features/recordings/early-paint';
import { recordingFromLocation } from './features/recordings/recording-location';
import { recordingPath } from './features/recordings/api/recording-path';
import { parseUiPanelFlags, toApiSearch } from './features/recordings/panels';
import { signedUrlPath, summarySectionsPath, utterancesRequest } from './features/conversation/api/paths';
import { parseSummarySections } from './features/conversation/api/summary-sections-schema';
import { sectionsElement } from './features/conversation/summary-sections-view';

/** How long the early paint waits for the summary sections once the recording is here. */
const SECTIONS_WAIT_MS = 1_000;

// An async script may run before the body is parsed: look #root up when it is needed.
const root = () => document.getElementById('root');

const token = readStoredToken().token;
const target = token ? recordingFromLocation(window.location) : null;
if (token && target) {
  const { id, flags } = target;
  const ui = parseUiPanelFlags(new URLSearchParams(window.location.search));
  // Beside the recording, not after it: each request its switched-on panel will make, which the
  // app adopts (api-client.ts) instead of asking again.
  const recording = preloadRequest(recordingPath(id), { token, search: toApiSearch(flags) });
  const sections = flags.showSummary ? preloadRequest(summarySectionsPath(id), { token }) : null;
  const firstLines = utterancesRequest(id, 1);
  if (ui.showTranscript) preloadRequest(firstLines.path, { token, search: firstLines.search });
  if (flags.showSummary || ui.showTranscript) preloadRequest(signedUrlPath(id), { token, method: 'POST' });

  recording.then(
    async ({ response, text }) => {
      if (!response.ok) return;
      const element = root();
      if (element) paintEarly(element, text, { withSummary: flags.showSummary, sections: await sectionsIfSoon(sections) });
    },
    () => {}, // A failure is the app's to report, once it adopts the request.
  );
}

/** The sections drawn as the app will draw them, if they come within SECTIONS_WAIT_MS. */
async function sectionsIfSoon(answer: Promise<EarlyAnswer> | null): Promise<HTMLElement | null> {
  if (!answer) return null;
  const late = new Promise<null>((resolve) => setTimeout(resolve, SECTIONS_WAIT_MS, null));
  const early = await Promise.race([answer.catch(() => null), late]);
  if (!early?.response.ok) return null;
  let body: unknown;
  try {
    body = JSON.parse(early.text);
  } catch {
    return null;
  }
  const parsed = parseSummarySections(body);
  return parsed?.length ? sectionsElement(parsed) : null;
}

import('./main').catch(() => {
  const element = root();
  if (element) showLoadFailure(element);
});

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
