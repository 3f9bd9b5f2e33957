// One source of truth for the headers `npm run preview` and the nginx recipe send.
// Some CRMs embed pages in a frame, so frame-ancestors is configurable.
export function contentSecurityPolicy(frameAncestors = "'self'"): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export function securityHeaders(frameAncestors?: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(frameAncestors || undefined),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}
