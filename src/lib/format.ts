import { formatTimestamp } from './format-timestamp';

// Formatting with Intl in the viewer's locale and time zone: no date library needed.

/** Made on first use: building an Intl formatter takes milliseconds on a slow phone, and the
 * early paint, which needs one of them, runs before anything else has. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateTime = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
const dateOnly = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }));
// A calendar date is held as midnight UTC and shown in UTC, so no time zone can move its day.
const calendarDay = once(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }));

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WRITTEN_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A moment (recorded, created, updated) in the viewer's time zone. A date-only value has no
 * moment to convert: it is shown as the calendar date it names, without a made-up time.
 */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (iso && DATE_ONLY.test(iso.trim())) return formatCalendarDate(iso);
  const date = toDate(iso);
  return date && dateTime().format(date);
}

/**
 * A calendar date (an opportunity's close date) as written. "2026-05-12" and
 * "2026-05-12T00:00:00Z" both mean 12 May: read as a moment, they would be 11 May west of UTC.
 */
export function formatCalendarDate(iso: string | null | undefined): string | null {
  const moment = toDate(iso);
  if (!iso || !moment) return null;
  const written = WRITTEN_DATE.exec(iso.trim());
  // Not ISO (say "06/01/2024"): the browser reads it as local midnight, already the right day.
  if (!written) return dateOnly().format(moment);
  const [year, month, day] = written.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // "2026-02-31" must not roll over into March.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return calendarDay().format(date);
}

/**
 * A recording's length as the player shows it (formatTimestamp: floored seconds, m:ss under an
 * hour), so the header and the player agree; null when unknown.
 */
export function formatDuration(milliseconds: number | null | undefined): string | null {
  if (milliseconds == null || !Number.isFinite(milliseconds) || milliseconds < 0) return null;
  return formatTimestamp(milliseconds);
}

const currencyFormats = new Map<string, Intl.NumberFormat>();

/** Siro amounts are in dollars. */
export function formatCurrency(amount: number | null | undefined, currency = 'USD'): string | null {
  if (amount == null || !Number.isFinite(amount)) return null;
  let format = currencyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 2 });
    currencyFormats.set(currency, format);
  }
  return format.format(amount);
}

const numberFormat = once(() => new Intl.NumberFormat());
export const formatNumber = (value: number) => numberFormat().format(value);

// A value as sent, in the viewer's locale: 1,250,000 is grouped but a year stays 1998 (`min2`
// groups only from five digits), and 3.14159 keeps its digits (21 is the most Intl allows).
const exactNumber = once(() => new Intl.NumberFormat(undefined, { useGrouping: 'min2', maximumSignificantDigits: 21 }));
export const formatExactNumber = (value: number) => exactNumber().format(value);

const ISO_MOMENT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Text that is wholly an ISO date ("2026-04-18") or moment ("2026-04-18T09:00:00-05:00"), written
 * for the viewer (a moment in their time zone); null for any other text, which stays as written.
 */
export function formatIsoText(text: string): string | null {
  const trimmed = text.trim();
  if (DATE_ONLY.test(trimmed)) return formatCalendarDate(trimmed);
  const moment = ISO_MOMENT.exec(trimmed);
  if (!moment) return null;
  // Date would roll "2026-02-31T…" over into March: a day that does not exist is not a date.
  if (!formatCalendarDate(`${moment[1]}-${moment[2]}-${moment[3]}`)) return null;
  return formatDateTime(trimmed);
}

/** `IN_PROGRESS` → "In progress", `DMS_OPPORTUNITY` → "Dms opportunity": enum text for people. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : value;
}
