// The Siro API requests the app makes, so the only ones a serving layer forwards: the Vite
// dev/preview proxy (proxyApi) checks them here, and the nginx recipe's allow-list is rendered
// from the same table (renderNginxConf). Anything else under the API path is answered there and
// then, without reaching Siro with the manager's token.

export type ApiMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** `{name}` is one raw path segment (the app encodes IDs into one); the query is the app's business. */
export const ALLOWED_API_REQUESTS: readonly { method: ApiMethod; path: string }[] = [
  { method: 'GET', path: '/v1/core/recordings/{id}' },
  { method: 'GET', path: '/v1/core/recordings/{id}/utterances' },
  { method: 'GET', path: '/v2/core/recordings/{id}/summary' },
  { method: 'POST', path: '/v1/core/recordings/{id}/signedUrl' },
  { method: 'POST', path: '/v1/core/recordings' },
  { method: 'POST', path: '/v1/core/recordings/search' },
  { method: 'GET', path: '/v1/core/conversation-configurations' },
  { method: 'GET', path: '/v1/core/bookmark-configs' },
  { method: 'GET', path: '/v1/core/scorecards/color-configurations' },
  { method: 'GET', path: '/v1/core/recordings/{id}/comments' },
  { method: 'POST', path: '/v1/core/recordings/{id}/comments' },
  { method: 'PATCH', path: '/v1/core/recordings/{id}/comments/{commentId}' },
  { method: 'DELETE', path: '/v1/core/recordings/{id}/comments/{commentId}' },
  { method: 'GET', path: '/v1/core/recordings/{id}/threads' },
  { method: 'GET', path: '/v1/core/followups' },
  { method: 'PATCH', path: '/v1/core/followups/{id}' },
  { method: 'GET', path: '/v1/core/recordings/{recordingId}/outcomes' },
  { method: 'PATCH', path: '/v1/core/recordings/{recordingId}/outcomes' },
  { method: 'POST', path: '/v1/core/recordings/{id}/chats' },
  { method: 'GET', path: '/v1/core/recordings/{id}/chats/available' },
  { method: 'POST', path: '/v1/suggested-questions' },
  { method: 'PUT', path: '/v1/core/recordings/{id}/viewed' },
  { method: 'PUT', path: '/v1/core/recordings/{id}/listen' },
];

const QUERY = '(?:\\?[^#]*)?';
const segments = (path: string) => path.split('/').slice(1);
const isParam = (segment: string) => /^\{\w+\}$/.test(segment);

/**
 * The path as one regular expression, written so that JavaScript and nginx's PCRE read it alike.
 * A `{name}` segment never matches a word another row has in its place (`{id}` is not `search`).
 */
function pathPattern(path: string): string {
  const own = segments(path);
  const parts = own.map((segment, index) => {
    if (!isParam(segment)) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const siblings = new Set(
      ALLOWED_API_REQUESTS.map((row) => segments(row.path))
        .filter(
          (other) =>
            other.length > index && own.slice(0, index).every((part, at) => part === other[at] || (isParam(part) && isParam(other[at]!))),
        )
        .map((other) => other[index]!)
        .filter((word) => !isParam(word)),
    );
    const notAWord = siblings.size ? `(?!(?:${[...siblings].join('|')})(?:[/?]|$))` : '';
    return `${notAWord}[^/?#]+`;
  });
  return `/${parts.join('/')}${QUERY}$`;
}

/** `METHOD /path…` patterns, anchored, one per row: nginx matches "$request_method $path" with them. */
export const ALLOWED_REQUEST_PATTERNS: readonly string[] = ALLOWED_API_REQUESTS.map(
  ({ method, path }) => `^${method} ${pathPattern(path)}`,
);
const allowed = ALLOWED_REQUEST_PATTERNS.map((pattern) => new RegExp(pattern));

/**
 * Paths a server or an edge in front of it could read as another path: `\` and `%5C` (turned into
 * `/`), dot segments plain or encoded, `;` (a path parameter: `..;` is `..` to Java servers) and a
 * dot segment followed by an encoded one, and encoded unreserved characters (`%73earch` is `search`
 * once decoded; the app never encodes them). Refused in the path only, not the query. Case-insensitive;
 * `\x5c` is the backslash, written so that nginx's string quoting leaves it alone.
 */
export const AMBIGUOUS_PATH = String.raw`^[^?]*(?:\x5c|%5c|;|(?:/|%2f)(?:\.|%2e){1,2}(?:/|%2f|\?|$|%3b)|%(?:3[0-9]|[46][1-9a-f]|[57][0-9a]|2[de]|5f|7e))`;
const ambiguous = new RegExp(AMBIGUOUS_PATH, 'i');

/** `path` is the API path with its query, the prefix (`/api/siro`) already taken off. */
export function isAmbiguousApiPath(path: string): boolean {
  return ambiguous.test(path);
}

export function isAllowedApiRequest(method: string | undefined, path: string): boolean {
  if (isAmbiguousApiPath(path)) return false;
  const request = `${method} ${path}`;
  return allowed.some((pattern) => pattern.test(request));
}

/** Request bodies past this size are refused with 413 before they reach Siro. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/**
 * Never passed on to Siro: ways to make one request act as another (method overrides, rewritten
 * URLs), claims about the client (forwarding headers), credentials other than the token, the
 * browser session, and upgrades. The token travels in `x-siro-auth-token` alone.
 */
export const STRIPPED_REQUEST_HEADERS: readonly string[] = [
  'X-HTTP-Method-Override',
  'X-HTTP-Method',
  'X-Method-Override',
  'X-Original-URL',
  'X-Original-Method',
  'X-Rewrite-URL',
  'Forwarded',
  'X-Forwarded-For',
  'X-Forwarded-Host',
  'X-Forwarded-Proto',
  'X-Forwarded-Port',
  'X-Forwarded-Prefix',
  'X-Forwarded-Server',
  'X-Real-IP',
  'X-Client-IP',
  'True-Client-IP',
  'Authorization',
  'Proxy-Authorization',
  'Cookie',
  'Referer',
  'Origin',
  'Upgrade',
];

/**
 * Never passed on to the browser: the API's cookies, its origin-wide policies (which must not become
 * the dashboard's) and its caching headers (every answer is one user's data: `no-store` instead).
 */
export const HIDDEN_RESPONSE_HEADERS: readonly string[] = [
  'Set-Cookie',
  'Alt-Svc',
  'NEL',
  'Report-To',
  'Reporting-Endpoints',
  'Strict-Transport-Security',
  'Content-Security-Policy',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
  'Cross-Origin-Opener-Policy',
  'Cache-Control',
  'Expires',
  'ETag',
  'Last-Modified',
  'Pragma',
];

/** On every answer under the API path, Siro's or the proxy's own. */
export const API_CACHE_CONTROL = 'no-store';

export const NOT_ALLOWED_BODY = '{"error":"Not found."}\n';
export const AMBIGUOUS_PATH_BODY = '{"error":"This API path is not allowed."}\n';
export const TOO_LARGE_BODY = '{"error":"The request is too large."}\n';
export const TIMEOUT_BODY = '{"error":"Siro did not answer in time."}\n';
export const UNREACHABLE_BODY = '{"error":"The Siro API could not be reached."}\n';
