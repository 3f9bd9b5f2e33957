import { createHash } from 'node:crypto';

// One source of truth for the headers `npm run preview` and the nginx recipe send, and for the
// two settings they take from the environment: FRAME_ANCESTORS (some CRMs embed pages in a
// frame) and MEDIA_SRC (where the signed audio URLs point: Siro's storage, another origin).

export class ConfigError extends Error {}

/**
 * `scriptHashes` and `styleHashes`: what index.html holds inline (the scripts that start the
 * requests and draw the recording's first screen, the stylesheet), each by its hash.
 */
export type SecuritySettings = { frameAncestors: string; mediaSrc: string; scriptHashes: string[]; styleHashes: string[] };

export const DEFAULT_FRAME_ANCESTORS = "'self'";
/** Siro signs https URLs on its cloud storage; 'self' keeps same-origin audio working. */
export const DEFAULT_MEDIA_SRC = "'self' https:";

const KEYWORDS = new Set(["'self'", "'none'"]);
// A scheme (`https:`) or a host (`https://*.example.com:8443`, `127.0.0.1:4010`), unquoted, with an
// optional plain path. No `;` (it starts another directive), no `,` (another policy), no quotes.
const SOURCE =
  /^(?:[a-z][a-z0-9+.-]*:|(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*|(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(?:\d{1,5}|\*))?(?:\/[a-z0-9._~%/-]*)?)$/i;

/**
 * A CSP source list from the environment: trimmed, whitespace collapsed, `fallback` when empty.
 * Throws ConfigError for anything that is not one, so no value can inject another directive.
 */
export function sourceList(name: string, raw: string | undefined, fallback: string): string {
  const value = raw?.trim().replace(/\s+/g, ' ') || fallback;
  const tokens = value.split(' ');
  const bad = tokens.find((token) => !KEYWORDS.has(token.toLowerCase()) && !SOURCE.test(token));
  if (bad !== undefined) {
    throw new ConfigError(
      `${name} must be a CSP source list such as "'self' https://*.example.com": keywords 'self' or 'none' in single quotes, ` +
        `schemes and hosts without quotes, no ";" or ",". ${JSON.stringify(bad)} is not one.`,
    );
  }
  if (tokens.length > 1 && tokens.some((token) => token.toLowerCase() === "'none'")) {
    throw new ConfigError(`${name}: 'none' cannot be combined with other sources.`);
  }
  return value;
}

/**
 * media-src when MEDIA_SRC is unset: Siro's storage (any https origin), plus the API's own origin
 * when it is plain http. That is the sample API on this machine, which serves its audio itself,
 * so `SIRO_API_URL=http://127.0.0.1:4010 npm run preview` plays it without any setting.
 */
export function defaultMediaSrc(apiUrl: string | undefined): string {
  if (!apiUrl) return DEFAULT_MEDIA_SRC;
  try {
    const { protocol, origin } = new URL(apiUrl);
    return protocol === 'http:' ? `${DEFAULT_MEDIA_SRC} ${origin}` : DEFAULT_MEDIA_SRC;
  } catch {
    return DEFAULT_MEDIA_SRC;
  }
}

/**
 * CSP sources for the inline `tag` elements of the built index.html (its scripts, its stylesheet):
 * each allowed by the hash of its exact text, so that it applies and no other inline one (an
 * injected one) can.
 */
function inlineHashes(indexHtml: string | null | undefined, tag: 'script' | 'style'): string[] {
  const inline = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  return [...(indexHtml ?? '').matchAll(inline)].map(
    ([, text]) =>
      `'sha256-${createHash('sha256')
        .update(text ?? '', 'utf8')
        .digest('base64')}'`,
  );
}

/**
 * FRAME_ANCESTORS and MEDIA_SRC from `env`, checked, the defaults when unset or blank; and the
 * hashes of the inline scripts and stylesheets of `indexHtml`, the built page these headers are sent with.
 */
export function securitySettings(env: Partial<Record<string, string>>, indexHtml?: string | null): SecuritySettings {
  return {
    frameAncestors: sourceList('FRAME_ANCESTORS', env.FRAME_ANCESTORS, DEFAULT_FRAME_ANCESTORS),
    mediaSrc: sourceList('MEDIA_SRC', env.MEDIA_SRC, defaultMediaSrc(env.SIRO_API_URL)),
    scriptHashes: inlineHashes(indexHtml, 'script'),
    styleHashes: inlineHashes(indexHtml, 'style'),
  };
}

export function contentSecurityPolicy(settings: Partial<SecuritySettings> = {}): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...(settings.scriptHashes ?? [])].join(' ')}`,
    `style-src ${["'self'", ...(settings.styleHashes ?? [])].join(' ')}`,
    "img-src 'self' data:",
    `media-src ${settings.mediaSrc ?? DEFAULT_MEDIA_SRC}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${settings.frameAncestors ?? DEFAULT_FRAME_ANCESTORS}`,
  ].join('; ');
}

export function securityHeaders(settings: Partial<SecuritySettings> = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(settings),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
