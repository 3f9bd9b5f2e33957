import { parsePanelFlags, type PanelFlags } from './panels';
import { decodePathSegment, recordingIdProblem } from './recording-id';

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
