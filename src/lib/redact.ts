/**
 * A server may echo the token back in anything it says; it must not reach the screen, however
 * short the token is.
 */
export function redactToken(text: string, token: string | null): string {
  return token ? text.replaceAll(token, '[token]') : text;
}
