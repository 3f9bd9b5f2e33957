/** Joins class names, skipping falsy ones. Our classes never conflict, so no merge step is needed. */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
