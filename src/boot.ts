// The page's entry, a few KB that import nothing up front: start the requests the page will
// make, then load the early paint (listed in index.html, so it downloads beside this file) and
// the app. Everything this file imports is in the boot chunk (vite.config.ts), never the app's.
import { preloadRequest } from './lib/early-requests';
import { readStoredToken } from './lib/token-storage';
import { recordingFromLocation } from './features/recordings/recording-location';
import { recordingPath } from './features/recordings/api/recording-path';
import { parseUiPanelFlags, toApiSearch } from './features/recordings/panels';
import { signedUrlPath, summarySectionsPath, utterancesRequest } from './features/conversation/api/paths';

// An async script may run before the body is parsed: look #root up when it is needed.
const root = () => document.getElementById('root');

/** How long the app waits for the recording before downloading anyway. */
const APP_WAITS_MS = 1_500;

function loadApp() {
  import('./main').catch(() => {
    const element = root();
    if (element) showLoadFailure(element);
  });
}

const token = readStoredToken().token;
const target = token ? recordingFromLocation(window.location) : null;
if (token && target) {
  const { id, flags } = target;
  const ui = parseUiPanelFlags(new URLSearchParams(window.location.search));
  // Beside the recording, not after it: each request its switched-on panel will make, which the
  // app adopts (early-requests.ts) instead of asking again.
  const recording = preloadRequest(recordingPath(id), { token, search: toApiSearch(flags) });
  const sections = flags.showSummary ? preloadRequest(summarySectionsPath(id), { token }) : null;
  const firstLines = utterancesRequest(id, 1);
  if (ui.showTranscript) preloadRequest(firstLines.path, { token, search: firstLines.search });
  if (flags.showSummary || ui.showTranscript) preloadRequest(signedUrlPath(id), { token, method: 'POST' });

  const painter = import('./paint-early');
  recording.then(
    async ({ response, text }) => {
      const element = root();
      if (!response.ok || !element) return;
      try {
        await (await painter).paintFirstScreen(element, text, { withSummary: flags.showSummary, sections });
      } catch {
        // No early paint, then: the app shows the page when it has loaded.
      }
    },
    () => {}, // A failure is the app's to report, once it adopts the request.
  );
  // On a slow link the app's ~100 KB would share the bandwidth with the recording and hold its
  // answer up: the app downloads once the recording is here (or taking long).
  const waited = new Promise((resolve) => setTimeout(resolve, APP_WAITS_MS));
  void Promise.race([recording.catch(() => {}), waited]).then(loadApp);
} else {
  loadApp();
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
