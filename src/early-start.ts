// The page's first lines: the build inlines this (src/early-start-inline.ts) at the top of
// index.html, so the requests start while the HTML is still being parsed, one round trip
// sooner than any script file could; src/boot.ts calls it too, where nothing is inlined (dev).
// Each request its switched-on panel will make starts here, beside the recording's, never after
// it; the app adopts them (lib/early-requests.ts) instead of asking again.
import { earlyState, preloadRequest, type EarlyAnswer } from './lib/early-requests';
import { readStoredToken } from './lib/token-storage';
import { recordingFromLocation } from './features/recordings/recording-location';
import { recordingPath } from './features/recordings/api/recording-path';
import { parseUiPanelFlags, toApiSearch } from './features/recordings/panels';
import { signedUrlPath, summarySectionsPath, utterancesRequest } from './features/conversation/api/paths';
import { FIRST_PAGE, SEARCH_PATH, inboxFiltersFromSearch, isInboxPath, searchBody } from './features/inbox/filters';

/** What was started: the answers the early paint draws from. */
export type EarlyStart = { recording: Promise<EarlyAnswer>; sections: Promise<EarlyAnswer> | null; withSummary: boolean };

/** Starts the page's requests once per page load; null when there is no token or no recording. */
export function startEarlyRequests(location: Location = window.location): EarlyStart | null {
  const state = earlyState();
  if (state.start !== undefined) return state.start as EarlyStart | null;
  state.start = null;
  const token = readStoredToken().token;
  const target = token ? recordingFromLocation(location) : null;
  if (token && !target && isInboxPath(location.pathname)) {
    // The inbox: its first page, nothing to paint early (the app loads at once).
    const body = JSON.stringify(searchBody(inboxFiltersFromSearch(location.search), FIRST_PAGE));
    preloadRequest(SEARCH_PATH, { token, method: 'POST', body });
  }
  if (!token || !target) return null;

  const { id, flags } = target;
  const ui = parseUiPanelFlags(new URLSearchParams(location.search));
  const recording = preloadRequest(recordingPath(id), { token, search: toApiSearch(flags) });
  const sections = flags.showSummary ? preloadRequest(summarySectionsPath(id), { token }) : null;
  const firstLines = utterancesRequest(id, 1);
  if (ui.showTranscript) preloadRequest(firstLines.path, { token, search: firstLines.search });
  if (flags.showSummary || ui.showTranscript) preloadRequest(signedUrlPath(id), { token, method: 'POST' });
  state.start = { recording, sections, withSummary: flags.showSummary } satisfies EarlyStart;
  return state.start as EarlyStart;
}
