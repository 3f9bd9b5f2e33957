import type { EarlyStart } from '@/lib/early-requests';

/**
 * The first Intl formatter a page builds loads the locale's data: tens of milliseconds on a slow
 * phone, which the early paint would spend between the answer and its text. Built here while the
 * answers are on their way (the main thread has nothing else to do), the paint's own formatters
 * (src/lib/format.ts, src/lib/relative-time.ts, the same options) then cost next to nothing.
 */
export function warmFormatters(kind: EarlyStart['kind']) {
  const now = Date.now();
  new Intl.NumberFormat().format(1);
  if (kind === 'inbox') {
    new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-1, 'day');
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(now);
    new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(now);
  } else {
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(now);
    new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 }).format(1);
  }
}
