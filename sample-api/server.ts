// The sample Siro API: a dependency-free stand-in for the recording endpoints of api.siro.ai,
// faithful to Siro's reference in shapes, status codes and error bodies, with sample recordings
// and fault ids (see README.md). `createSampleApi()` returns a server that is not listening yet.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';

import { AUTH_HEADER, TokenChecker, WRITE_FORBIDDEN } from './auth.ts';
import { CHAT_ROUTES } from './chats.ts';
import { COMMENT_ROUTES } from './comments.ts';
import { ENGAGEMENT_ROUTES } from './engagement.ts';
import { SLOW_FAULT_DELAY_MS } from './faults.ts';
import { FOLLOWUP_ROUTES } from './followups.ts';
import { logRequests, noteAcceptedEncoding, sendJson, sendRaw, sendRouteNotFound } from './http-utils.ts';
import { COMPLETE_SALE_RECORDING_ID } from './ids.ts';
import { OUTCOME_ROUTES } from './outcomes.ts';
import { DOCUMENT_ROUTES } from './recording-documents.ts';
import { RecordingStore } from './recordings.ts';
import { createSignedUrl, getAudio, getRecording, getSummarySections, getUtterances, type RouteContext } from './routes.ts';
import { SEARCH_ROUTES } from './search.ts';
import { DEFAULT_DATA_FILE, SampleState } from './state.ts';

export { DEMO_TOKEN, READ_ONLY_TOKEN } from './auth.ts';
export * from './ids.ts';

/** The recording `npm start` opens: the complete roofing sale. */
export const SAMPLE_RECORDING_ID = COMPLETE_SALE_RECORDING_ID;

export type SampleApiOptions = {
  /** Where request lines go; default stdout, silent when SAMPLE_API_QUIET=1. */
  log?: (line: string) => void;
  /**
   * The origin browsers reach this server on, for signed audio URLs; default SAMPLE_API_PUBLIC_URL,
   * else `http://` and the request's Host header (behind a proxy: the Host it forwards).
   */
  publicUrl?: string;
  /**
   * The JSON file writes persist in; default SAMPLE_API_DATA_FILE, else `.data/state.json` beside
   * this file. `null` keeps them in memory only.
   */
  dataFile?: string | null;
  /** How long fault-slow waits before answering; default SLOW_FAULT_DELAY_MS (tests wait less). */
  slowFaultDelayMs?: number;
};

/** A Host header fit to go into a URL as is: a name or address and an optional port. */
const PLAIN_HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

function publicOrigin(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`The sample API's public URL must be http(s), not ${raw}`);
  return url.origin;
}

/** The request a recording view is counted by: the detail endpoint. */
const RECORDING_VIEW = /^\/v1\/core\/recordings\/[^/]+$/;

export type Handler = (id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) => void | Promise<void>;

/**
 * `id` is the pattern's first group, `context.params` all of them, percent-decoded. `write`
 * routes answer 403 to a token with the read scope only, as Siro does; they, `readsBody` routes
 * (a read sent as POST, such as the search) and `body` routes read their JSON body themselves.
 */
export type Route = {
  method: string;
  pattern: RegExp;
  auth: boolean;
  write?: boolean;
  readsBody?: boolean;
  body?: boolean;
  handler: Handler;
};

/**
 * Routes on the raw, still-encoded path: `{id}` is exactly one segment, so an id holding an
 * encoded slash (`a%2Fb`) stays one id, as it does behind Siro's gateway.
 */
const ROUTES: Route[] = [
  // Before the detail route, whose pattern would otherwise take "search" for an id.
  ...SEARCH_ROUTES,
  { method: 'GET', pattern: /^\/v1\/core\/recordings\/([^/]+)$/, auth: true, handler: (id, _req, res, c) => getRecording(id, res, c) },
  {
    method: 'GET',
    pattern: /^\/v1\/core\/recordings\/([^/]+)\/utterances$/,
    auth: true,
    handler: (id, _req, res, c) => getUtterances(id, res, c),
  },
  {
    method: 'GET',
    pattern: /^\/v2\/core\/recordings\/([^/]+)\/summary$/,
    auth: true,
    handler: (id, _req, res, c) => getSummarySections(id, res, c),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/core\/recordings\/([^/]+)\/signedUrl$/,
    auth: true,
    handler: (id, _req, res, c) => createSignedUrl(id, res, c),
  },
  { method: 'GET', pattern: /^\/sample-audio\/([^/]+)\.wav$/, auth: false, handler: getAudio },
  { method: 'HEAD', pattern: /^\/sample-audio\/([^/]+)\.wav$/, auth: false, handler: getAudio },
  ...FOLLOWUP_ROUTES,
  ...OUTCOME_ROUTES,
  ...CHAT_ROUTES,
  ...COMMENT_ROUTES,
  ...DOCUMENT_ROUTES,
  ...ENGAGEMENT_ROUTES,
];

/** A server that also ends what it deliberately left open (hanging and slow faults) on close. */
class SampleApiServer extends http.Server {
  readonly hanging = new Set<ServerResponse>();
  readonly timers = new Set<NodeJS.Timeout>();

  override close(callback?: (error?: Error) => void): this {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    // Otherwise close() would wait forever for the responses that never answer.
    for (const res of this.hanging) res.socket?.destroy();
    this.hanging.clear();
    return super.close(callback);
  }
}

export function createSampleApi(options: SampleApiOptions = {}): http.Server {
  const quiet = process.env.SAMPLE_API_QUIET === '1';
  const log = options.log ?? (quiet ? undefined : (line: string) => console.log(line));
  const server = new SampleApiServer();
  const tokens = new TokenChecker();
  const store = new RecordingStore();
  const dataFile = options.dataFile === undefined ? (process.env.SAMPLE_API_DATA_FILE ?? DEFAULT_DATA_FILE) : options.dataFile;
  const state = new SampleState(dataFile);
  const configuredOrigin = options.publicUrl ?? process.env.SAMPLE_API_PUBLIC_URL;
  const fixedOrigin = configuredOrigin ? publicOrigin(configuredOrigin) : null;

  /** Where this request reached us: the configured origin, else its Host, else our own address. */
  function originOf(req: IncomingMessage): string {
    if (fixedOrigin) return fixedOrigin;
    const host = req.headers.host;
    if (host && PLAIN_HOST.test(host)) return `http://${host}`;
    const local = req.socket.localAddress ?? '127.0.0.1';
    return `http://${local.includes(':') ? `[${local}]` : local}:${req.socket.localPort ?? 80}`;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (log) logRequests(req, res, log);
    noteAcceptedEncoding(req, res);
    const failed = (error: unknown) => {
      // A bug in the sample must look like a server error, not a dropped connection.
      console.error('Sample API error:', error instanceof Error ? error.message : error);
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' });
      else res.destroy();
    };
    try {
      handle(req, res)?.catch(failed);
    } catch (error) {
      failed(error);
    }
  });

  function handle(req: IncomingMessage, res: ServerResponse): void | Promise<void> {
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));

    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      req.resume();
      return sendRaw(res, 200, 'text/plain; charset=utf-8', 'ok');
    }
    for (const route of ROUTES) {
      const match = route.method === req.method ? route.pattern.exec(path) : null;
      if (!match) continue;
      // Handlers that need a body read it themselves (readJsonBody); the rest drop it.
      if (!route.write && !route.readsBody && !route.body) req.resume();
      // Auth comes first, so no id, fault or "not found" is revealed to a caller without a token.
      if (route.auth) {
        const auth = tokens.check(req.headers[AUTH_HEADER], req.method === 'GET' && RECORDING_VIEW.test(path));
        if (!auth.ok) return sendJson(res, 401, { error: auth.error });
        if (route.write && auth.scope !== 'write') {
          req.resume();
          return sendJson(res, 403, { error: WRITE_FORBIDDEN });
        }
      }
      let params: string[];
      try {
        params = match.slice(1).map((part) => decodeURIComponent(part ?? ''));
      } catch {
        req.resume();
        return sendJson(res, 400, { error: 'Malformed recording id' });
      }
      return route.handler(params[0] ?? '', req, res, {
        query,
        store,
        state,
        params,
        origin: originOf(req),
        hanging: server.hanging,
        timers: server.timers,
        slowFaultDelayMs: options.slowFaultDelayMs ?? SLOW_FAULT_DELAY_MS,
      });
    }
    req.resume();
    sendRouteNotFound(res);
  }

  return server;
}
