import { preloadRequest, type EarlyAnswer } from '@/lib/api-client';
import { parsePanelFlags, toApiSearch, type PanelFlags } from '../panels';
import { decodePathSegment, recordingIdProblem } from '../recording-id';
import { recordingPath } from './recording-path';

/**
 * The recording ID in a page path, decoded exactly once. React Router's params decode twice
 * (a literal "%2F" in an ID would come back as "/"), so the route reads the path itself too.
 */
export function recordingIdFromPath(pathname: string): string | null {
  const match = /^\/recordings\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodePathSegment(match[1]) : null;
}

/** The recording a page URL shows, when it is a valid recording URL. */
export function recordingFromLocation(location: Location): { id: string; flags: PanelFlags } | null {
  const id = recordingIdFromPath(location.pathname);
  if (id === null || recordingIdProblem(id)) return null;
  return { id, flags: parsePanelFlags(new URLSearchParams(location.search)) };
}

/**
 * On a recording URL with a token at hand, start its request now, while the app bundle is
 * still on the wire; getRecording adopts it. Imports nothing heavy: it runs before React loads.
 */
export function preloadRecording(location: Location, token: string | null): Promise<EarlyAnswer> | null {
  const target = recordingFromLocation(location);
  if (!token || !target) return null;
  return preloadRequest(recordingPath(target.id), { token, search: toApiSearch(target.flags) });
}
