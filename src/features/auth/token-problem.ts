/**
 * Siro's tokens are printable ASCII without spaces. Anything else was mis-pasted (a line break,
 * a smart quote, two tokens), and a browser refuses to send it in a header at all.
 */
export function tokenProblem(token: string): string | null {
  const trimmed = token.trim();
  if (!trimmed) return 'Paste your Siro API token.';
  if (!/^[\x21-\x7e]+$/.test(trimmed)) {
    return 'That does not look like a Siro token: it has spaces, line breaks or other characters a token never has. Copy it again.';
  }
  return null;
}
