// Where the manager stopped in each recording, on this device only: the recording's ID and a
// position, nothing else. The most recent few are kept.

export const RESUME_STORAGE_KEY = 'siro.resume';
const KEEP = 20;
/** Under this, starting over loses nothing worth an offer. */
export const MIN_RESUME_MS = 5_000;

type Entry = [id: string, ms: number];

function readAll(): Entry[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(RESUME_STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((entry): entry is Entry => Array.isArray(entry) && typeof entry[0] === 'string' && Number.isFinite(entry[1]));
  } catch {
    return [];
  }
}

function writeAll(entries: Entry[]) {
  try {
    if (entries.length) localStorage.setItem(RESUME_STORAGE_KEY, JSON.stringify(entries.slice(0, KEEP)));
    else localStorage.removeItem(RESUME_STORAGE_KEY);
  } catch {
    // Storage full or blocked: no offer next time, nothing worse.
  }
}

export function savedPosition(id: string): number | null {
  const ms = readAll().find(([entryId]) => entryId === id)?.[1];
  return ms !== undefined && ms >= MIN_RESUME_MS ? ms : null;
}

/** `null` forgets it (listened to the end). */
export function savePosition(id: string, ms: number | null) {
  const others = readAll().filter(([entryId]) => entryId !== id);
  writeAll(ms === null || ms < MIN_RESUME_MS ? others : [[id, Math.floor(ms)], ...others]);
}
