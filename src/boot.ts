// The page's entry: start the recording request first, then load the app. The app chunk is
// modulepreloaded from index.html, so it downloads in parallel rather than after this file.
import { readStoredToken } from './lib/token-storage';
import { paintEarly } from './features/recordings/early-paint';
import { preloadRecording } from './features/recordings/api/preload-recording';

// An async script may run before the body is parsed: look #root up when it is needed.
const root = () => document.getElementById('root');
preloadRecording(window.location, readStoredToken().token)?.then(
  ({ response, text }) => {
    const element = root();
    if (element && response.ok) paintEarly(element, text);
  },
  () => {}, // A failure is the app's to report, once it adopts the request.
);
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
