// "When" in a list: relative within the last week ("3 hours ago", "yesterday"), the date
// otherwise, in the viewer's locale and time zone.

const DAY_MS = 86_400_000;
let relative: Intl.RelativeTimeFormat | undefined;
let dateFormat: Intl.DateTimeFormat | undefined;
let fullFormat: Intl.DateTimeFormat | undefined;

export function formatWhen(epochMs: number, now = Date.now()): string {
  const elapsed = now - epochMs;
  if (elapsed >= 0 && elapsed < 7 * DAY_MS) {
    relative ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    if (elapsed < 3_600_000) return relative.format(-Math.max(1, Math.round(elapsed / 60_000)), 'minute');
    const startOfToday = new Date(now).setHours(0, 0, 0, 0);
    if (epochMs >= startOfToday) return relative.format(-Math.round(elapsed / 3_600_000), 'hour');
    return relative.format(-Math.ceil((startOfToday - epochMs) / DAY_MS), 'day');
  }
  dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dateFormat.format(epochMs);
}

/** The exact moment, for a tooltip and `<time>`. */
export function formatMoment(epochMs: number): string {
  fullFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
  return fullFormat.format(epochMs);
}
