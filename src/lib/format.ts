// Formatting with Intl in the viewer's locale and time zone: no date library needed.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function toDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(iso: string | null | undefined): string | null {
  const date = toDate(iso);
  return date && dateTime.format(date);
}

export function formatDate(iso: string | null | undefined): string | null {
  const date = toDate(iso);
  return date && dateOnly.format(date);
}

/** Duration as h:mm:ss, the way call-review tools show it. */
export function formatDuration(milliseconds: number | null | undefined): string | null {
  if (milliseconds == null || !Number.isFinite(milliseconds) || milliseconds < 0) return null;
  const total = Math.round(milliseconds / 1_000);
  const hours = Math.floor(total / 3_600);
  const minutes = Math.floor((total % 3_600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
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

const numberFormat = new Intl.NumberFormat();
export const formatNumber = (value: number) => numberFormat.format(value);

/** `IN_PROGRESS` → "In progress", `DMS_OPPORTUNITY` → "Dms opportunity": enum text for people. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : value;
}
