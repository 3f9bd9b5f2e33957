// Real Siro IDs are UUIDs; anything a CRM link can carry still gets a clear answer rather than
// a request the URL parser would rewrite (`..`) or a server would reject for its size.
const MAX_ID_LENGTH = 200;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Why this ID cannot be requested, in words; null when it can. */
export function recordingIdProblem(id: string | undefined): string | null {
  if (!id || !id.trim()) return 'The link has no recording ID.';
  if (id === '.' || id === '..') return `"${id}" is not a recording ID.`;
  if (id.length > MAX_ID_LENGTH) {
    return `This recording ID is ${id.length.toLocaleString()} characters long; Siro IDs are much shorter, so the link is probably damaged.`;
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f]/.test(id)) return 'This recording ID contains invisible control characters.';
  return null;
}

const NOT_AN_ID =
  'This is not a recording ID or link: an ID has no spaces and looks like 3f2a9c4e-7b1d-4e8a-9c35-1d6e8f0a2b47, and a link to a recording ends in /recordings/ and its ID.';

/** What a manager pasted, read as a recording ID, or why it holds none. */
export type PastedRecording = { id: string; problem?: never } | { id?: never; problem: string };

/** A recording ID from what a manager pasted: a bare ID, or a link that contains one. */
export function extractRecordingId(input: string): PastedRecording {
  const trimmed = input.trim();
  if (!trimmed) return { problem: 'Paste a recording ID or a link to one.' };
  if (!looksLikeLink(trimmed)) {
    if (!/\s/.test(trimmed)) return { id: trimmed };
    // Words, not an ID: unless they carry one, a request would only earn a "not found".
    const id = UUID.exec(trimmed)?.[0];
    return id ? { id } : { problem: NOT_AN_ID };
  }
  const id = idInLink(trimmed);
  // A link without an ID is a CRM or other page: using it whole would only earn a "not found".
  return id ? { id } : { problem: 'This link has no recording ID in it. Paste the Siro recording link, or the recording ID itself.' };
}

/** With a scheme and `//`, or a bare host and path as copied from an address bar (`app.siro.ai/…`). */
function looksLikeLink(text: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(text) || /^[a-z\d-]+(\.[a-z\d-]+)*\.[a-z]{2,}(:\d+)?\//i.test(text);
}

function idInLink(link: string): string | null {
  let path = link;
  let whole = link;
  try {
    const url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(link) ? link : `https://${link}`);
    path = url.pathname;
    whole = url.href;
  } catch {
    // Unparsable: still look for the ID in the text itself.
  }
  const segment = /\/recordings\/([^/?#]+)/.exec(path)?.[1];
  if (segment) return decodePathSegment(segment);
  return UUID.exec(whole)?.[0] ?? null;
}

/**
 * A path segment decoded once. A `%` without two hex digits after it (`100%`) cannot be decoded:
 * the segment is then taken as written, so it still reaches the API as one encoded segment.
 */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
