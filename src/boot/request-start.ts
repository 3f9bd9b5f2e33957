// The page's first lines: the build inlines this (the first inline script's entry) at the top of
// index.html, so the requests start while the HTML is still being parsed, one round trip sooner
// than any script file could; the boot entry calls it too where nothing is inlined (dev). Each
// request its switched-on panel will make starts here, beside the recording's, never after it;
// the app adopts them (adoptEarlyRequest) instead of asking again.
//
// On a recording, in two steps: at once, what the first screen is drawn from (the recording, its
// summary sections); when the boot entry runs (startRest), while those are still on their way,
// the rest. A slow link splits its bandwidth among everything downloading, and the full document
// alone is as large as the recording.
import { commentsPath, threadsPath } from '@/features/comments/api/paths';
import { signedUrlPath, summarySectionsPath, utterancesRequest } from '@/features/conversation/api/paths';
import { followupFiltersFromSearch, isFollowupsPath, toFollowupRequest } from '@/features/followups/filters';
import { FOLLOWUPS_PATH, toFollowupsSearch } from '@/features/followups/request';
import { FIRST_PAGE, inboxFiltersFromSearch, isInboxPath, SEARCH_PATH, searchBody } from '@/features/inbox/filters';
import { recordingDocumentRequest, recordingPath } from '@/features/recordings/api/recording-path';
import { parseUiPanelFlags, toApiSearch } from '@/features/recordings/panels';
import { recordingFromLocation } from '@/features/recordings/recording-location';
import { earlyState, preloadRequest, type EarlyStart } from '@/lib/early-requests';
import { readStoredToken } from '@/lib/token-storage';

/**
 * Starts the page's requests once per page load; null when there is no token, or no page it
 * knows. `first` runs before any request starts, with the kind of page they are for.
 */
export function startEarlyRequests(location: Location = window.location, first?: (kind: EarlyStart['kind']) => void): EarlyStart | null {
  const state = earlyState();
  if (state.start !== undefined) return state.start;
  state.start = null;
  const token = readStoredToken().token;
  const target = token ? recordingFromLocation(location) : null;
  if (token && !target && isInboxPath(location.pathname)) {
    first?.('inbox');
    const body = JSON.stringify(searchBody(inboxFiltersFromSearch(location.search), FIRST_PAGE));
    state.start = { kind: 'inbox', search: preloadRequest(SEARCH_PATH, { token, method: 'POST', body }) };
    return state.start;
  }
  if (token && isFollowupsPath(location.pathname)) {
    first?.('followups');
    const request = toFollowupRequest(followupFiltersFromSearch(location.search));
    state.start = { kind: 'followups', list: preloadRequest(FOLLOWUPS_PATH, { token, search: toFollowupsSearch(request, null) }) };
    return state.start;
  }
  if (!token || !target) return null;
  first?.('recording');

  const { id, flags } = target;
  const ui = parseUiPanelFlags(new URLSearchParams(location.search));
  const recording = preloadRequest(recordingPath(id), { token, search: toApiSearch(flags) });
  const sections = flags.showSummary ? preloadRequest(summarySectionsPath(id), { token }) : null;
  let restStarted = false;
  const startRest = () => {
    if (restStarted) return;
    restStarted = true;
    const document = recordingDocumentRequest(id);
    preloadRequest(document.path, { token, method: 'POST', body: JSON.stringify(document.body) });
    const firstLines = utterancesRequest(id, 1);
    if (ui.showTranscript) preloadRequest(firstLines.path, { token, search: firstLines.search });
    if (ui.showComments) {
      preloadRequest(commentsPath(id), { token });
      preloadRequest(threadsPath(id), { token });
    }
    if (flags.showSummary || ui.showTranscript || ui.showComments) preloadRequest(signedUrlPath(id), { token, method: 'POST' });
  };
  state.start = { kind: 'recording', recording, sections, withSummary: flags.showSummary, startRest };
  return state.start;
}
