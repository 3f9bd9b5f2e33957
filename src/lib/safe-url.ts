/**
 * The URL as a link target only when it is absolute http(s); null for `javascript:`, `data:`,
 * relative and protocol-relative URLs and anything unparsable. URL parsing strips the
 * whitespace and control characters that obfuscated schemes hide behind.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
