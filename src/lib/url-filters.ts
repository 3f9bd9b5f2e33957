// Filters a manager would share live in the URL's search params. A spec names each param and
// its codec; reading is tolerant (a hand-edited or stale link falls back to the default, never
// throws) and writing leaves out every value that equals its default, so the plain list has a
// plain URL. Params that are not filters (panel switches, anything else) are kept as they are.

export type FilterCodec<T> = {
  readonly defaultValue: T;
  /** Every value of the param (lists repeat it); [] when absent. */
  parse(raw: string[]): T;
  /** [] leaves the param out. */
  serialize(value: T): string[];
};

export type FilterSpec = Record<string, FilterCodec<unknown>>;
export type FilterValues<S extends FilterSpec> = { [K in keyof S]: S[K] extends FilterCodec<infer T> ? T : never };

const MAX_TEXT = 500;
const MAX_LIST = 50;

/** Free text; trimmed on the way out so "  " is no filter. */
export function textFilter(): FilterCodec<string> {
  return {
    defaultValue: '',
    parse: (raw) => (raw[0] ?? '').slice(0, MAX_TEXT),
    serialize: (value) => (value.trim() ? [value] : []),
  };
}

/** A repeated param (`?rep=a&rep=b`): ids may hold commas. `allowed` drops unknown values. */
export function listFilter<T extends string = string>(allowed?: readonly T[]): FilterCodec<T[]> {
  return {
    defaultValue: [],
    parse: (raw) => {
      const values = raw.filter((value): value is T => value !== '' && (!allowed || (allowed as readonly string[]).includes(value)));
      return [...new Set(values)].slice(0, MAX_LIST);
    },
    serialize: (value) => [...new Set(value)],
  };
}

/** One of `values`; anything else reads as `fallback`. */
export function enumFilter<T extends string>(values: readonly T[], fallback: T): FilterCodec<T> {
  return {
    defaultValue: fallback,
    parse: (raw) => ((values as readonly string[]).includes(raw[0] ?? '') ? (raw[0] as T) : fallback),
    serialize: (value) => (value === fallback ? [] : [value]),
  };
}

/** A number within [min, max] (whole when `integer`), or null. */
export function numberFilter({ min = -Infinity, max = Infinity, integer = false } = {}): FilterCodec<number | null> {
  return {
    defaultValue: null,
    parse: (raw) => {
      const text = raw[0]?.trim() ?? '';
      const value = text === '' ? Number.NaN : Number(text);
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) return null;
      return value;
    },
    serialize: (value) => (value === null ? [] : [String(value)]),
  };
}

/** `true` or `false`; null (absent) means either. */
export function booleanFilter(): FilterCodec<boolean | null> {
  return {
    defaultValue: null,
    parse: (raw) => (raw[0] === 'true' ? true : raw[0] === 'false' ? false : null),
    serialize: (value) => (value === null ? [] : [String(value)]),
  };
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, `YYYY-MM-DD` (what `<input type="date">` holds), or null. */
export function dateFilter(): FilterCodec<string | null> {
  return {
    defaultValue: null,
    parse: (raw) => (isCalendarDate(raw[0] ?? '') ? (raw[0] as string) : null),
    serialize: (value) => (value === null ? [] : [value]),
  };
}

export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function defaultFilters<S extends FilterSpec>(spec: S): FilterValues<S> {
  return Object.fromEntries(Object.entries(spec).map(([name, codec]) => [name, codec.defaultValue])) as FilterValues<S>;
}

export function readFilters<S extends FilterSpec>(spec: S, params: URLSearchParams): FilterValues<S> {
  return Object.fromEntries(Object.entries(spec).map(([name, codec]) => [name, codec.parse(params.getAll(name))])) as FilterValues<S>;
}

/** `base` with every filter param rewritten from `values`; defaults are left out. */
export function writeFilters<S extends FilterSpec>(spec: S, values: FilterValues<S>, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const [name, codec] of Object.entries(spec)) {
    next.delete(name);
    for (const value of codec.serialize(values[name as keyof S])) next.append(name, value);
  }
  return next;
}

/** How many filters differ from their default (for "Filters (3)"). `except` names the ones that are not filters, such as the sort. */
export function countActiveFilters<S extends FilterSpec>(spec: S, values: FilterValues<S>, except: readonly (keyof S)[] = []): number {
  return Object.entries(spec).filter(([name, codec]) => !except.includes(name) && codec.serialize(values[name as keyof S]).length > 0)
    .length;
}
