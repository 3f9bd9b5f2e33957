/**
 * A lookup in a table of our own by a key the API chose: only the table's own keys count, so
 * "__proto__" or "toString" from Siro are unknown values, not Object.prototype's members.
 */
export function lookup<T>(table: Readonly<Record<string, T>>): (key: string) => T | undefined {
  return (key) => (Object.hasOwn(table, key) ? table[key] : undefined);
}
