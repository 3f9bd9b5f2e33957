// The only Siro API requests the app makes, so the only ones a serving layer forwards: the
// Vite dev/preview proxy (vite.config.ts) checks them here, nginx.conf.template with the same
// patterns (scripts/nginx-conf.test.ts holds both to one table). Anything else under the API
// path is answered 404 there and then, without reaching Siro with the manager's token.

/** `{id}` is one raw path segment; the query is the app's business. */
const ID = '[^/?#]+';
const QUERY = '(?:\\?[^#]*)?';

export const ALLOWED_API_REQUESTS: readonly { method: 'GET' | 'POST' | 'PATCH'; pattern: RegExp }[] = [
  { method: 'GET', pattern: new RegExp(`^/v1/core/recordings/${ID}${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v1/core/recordings/${ID}/utterances${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v2/core/recordings/${ID}/summary${QUERY}$`) },
  { method: 'POST', pattern: new RegExp(`^/v1/core/recordings/${ID}/signedUrl${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v1/core/followups${QUERY}$`) },
  { method: 'PATCH', pattern: new RegExp(`^/v1/core/followups/${ID}${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v1/core/recordings/${ID}/outcomes${QUERY}$`) },
  { method: 'PATCH', pattern: new RegExp(`^/v1/core/recordings/${ID}/outcomes${QUERY}$`) },
  { method: 'POST', pattern: new RegExp(`^/v1/core/recordings/search${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v1/core/conversation-configurations${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v1/core/scorecards/color-configurations${QUERY}$`) },
  { method: 'GET', pattern: new RegExp(`^/v1/core/recordings/${ID}/chats/available${QUERY}$`) },
  { method: 'POST', pattern: new RegExp(`^/v1/core/recordings/${ID}/chats${QUERY}$`) },
  { method: 'POST', pattern: new RegExp(`^/v1/suggested-questions${QUERY}$`) },
];

/** `path` is the API path with its query, the prefix (`/api/siro`) already taken off. */
export function isAllowedApiRequest(method: string | undefined, path: string): boolean {
  return ALLOWED_API_REQUESTS.some((allowed) => allowed.method === method && allowed.pattern.test(path));
}

export const NOT_ALLOWED_BODY = '{"error":"Not found."}\n';
export const TIMEOUT_BODY = '{"error":"Siro did not answer in time."}\n';
export const UNREACHABLE_BODY = '{"error":"The Siro API could not be reached."}\n';
