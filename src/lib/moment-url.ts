// A moment in a recording, in its page's URL: `?t=12m40s` (also `1h2m3s`, `95s`, or plain
// seconds `t=760`). A value that is not one of those is ignored, never an error: a link pasted
// into a CRM note may come back mangled.

export const MOMENT_PARAM = 't';

const UNITS = /^(?:(\d{1,3})h)?(?:(\d{1,5})m)?(?:(\d{1,7}(?:\.\d{1,3})?)s)?$/;
const SECONDS = /^\d{1,7}(?:\.\d{1,3})?$/;

/** The moment a `t` value names, in milliseconds; null for anything else (empty, negative, words). */
export function parseMoment(value: string | null | undefined): number | null {
  const text = value?.trim().toLowerCase() ?? '';
  if (!text) return null;
  if (SECONDS.test(text)) return Math.round(Number(text) * 1_000);
  const units = UNITS.exec(text);
  if (!units || units.slice(1).every((part) => part === undefined)) return null;
  const [hours = '0', minutes = '0', seconds = '0'] = units.slice(1);
  return Math.round((Number(hours) * 3_600 + Number(minutes) * 60 + Number(seconds)) * 1_000);
}

/** `12m40s`, as people read it; whole seconds, floored so a link never starts after the words. */
export function formatMoment(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1_000) : 0;
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  return `${hours ? `${hours}h` : ''}${hours || minutes ? `${minutes}m` : ''}${seconds}s`;
}

/** The page at `location` (its path and search, switches included) opening at `ms`. */
export function momentUrl(location: Pick<Location, 'origin' | 'pathname' | 'search'>, ms: number): string {
  const search = new URLSearchParams(location.search);
  search.set(MOMENT_PARAM, formatMoment(ms));
  return `${location.origin}${location.pathname}?${search.toString()}`;
}
