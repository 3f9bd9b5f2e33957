import { preloadRequest } from '@/lib/api-client';
import { parsePanelFlags, toApiSearch } from '../panels';
import { recordingIdProblem } from '../recording-id';
import { recordingPath } from './recording-path';

/**
 * On a recording URL with a token at hand, start its request now, while the app bundle is
 * still on the wire; getRecording adopts it. Imports nothing heavy: it runs before React loads.
 */
export function preloadRecording(location: Location, token: string | null) {
  const match = /^\/recordings\/([^/]+)\/?$/.exec(location.pathname);
  if (!token || !match?.[1]) return;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return;
  }
  if (recordingIdProblem(id)) return;
  const flags = parsePanelFlags(new URLSearchParams(location.search));
  preloadRequest(recordingPath(id), { token, search: toApiSearch(flags) });
}
