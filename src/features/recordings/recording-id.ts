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

/** A recording ID from what a manager pasted: a bare ID, or a link that contains one. */
export function extractRecordingId(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed);
    const match = /\/recordings\/([^/?#]+)/.exec(url.pathname);
    if (match?.[1]) return safeDecode(match[1]);
    const uuid = UUID.exec(url.href);
    if (uuid) return uuid[0];
  } catch {
    // Not a URL: a bare ID.
  }
  return trimmed;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
