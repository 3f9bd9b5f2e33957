import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Duplex } from 'node:stream';

import {
  AMBIGUOUS_PATH_BODY,
  API_CACHE_CONTROL,
  HIDDEN_RESPONSE_HEADERS,
  isAllowedApiRequest,
  isAmbiguousApiPath,
  MAX_API_BODY_BYTES,
  NOT_ALLOWED_BODY,
  STRIPPED_REQUEST_HEADERS,
  TIMEOUT_BODY,
  TOO_LARGE_BODY,
  UNREACHABLE_BODY,
} from '../deploy/proxied-api.ts';
import { API_BASE_PATH } from '../src/config/api.ts';

// The dev and preview servers' same-origin API path, forwarded to Siro with the rules nginx
// follows (deploy/nginx.conf.template, rendered from the same table): the path is checked and
// sent exactly as received, the body read whole within its limit, the headers cleaned both ways.

/** Siro's edge rejects some default client user agents (Cloudflare 1010). */
export const USER_AGENT = 'SiroRecordingDashboard/0.1 (+https://siro.ai)';

const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
  'host',
  'content-length',
];
const NOT_FORWARDED = new Set([...HOP_BY_HOP, 'user-agent', ...STRIPPED_REQUEST_HEADERS.map((name) => name.toLowerCase())]);
const NOT_RETURNED = new Set([
  ...HOP_BY_HOP.filter((name) => name !== 'content-length'),
  ...HIDDEN_RESPONSE_HEADERS.map((name) => name.toLowerCase()),
]);

export type ApiProxyOptions = {
  /** The Siro API's origin, optionally with a base path. */
  upstream: string;
  /** Set on every answer under /api, the API's own included (the page's security headers in preview). */
  headers?: Record<string, string>;
  /** Longest wait for the API between two reads or writes, as nginx's SIRO_API_TIMEOUT. */
  timeoutMs?: number;
};

/** Seconds from SIRO_API_TIMEOUT, as nginx reads it (render-nginx-conf checks the range). */
export function timeoutFromEnv(env: Partial<Record<string, string>> = process.env): number {
  const seconds = Number(env.SIRO_API_TIMEOUT ?? 30);
  return (Number.isInteger(seconds) && seconds >= 1 && seconds <= 300 ? seconds : 30) * 1_000;
}

const isApiPath = (url: string) => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

/** A connect middleware: answers everything under /api, passes anything else to `next`. */
export function createApiProxy({ upstream, headers = {}, timeoutMs = 30_000 }: ApiProxyOptions) {
  const target = new URL(upstream);
  const basePath = target.pathname.replace(/\/+$/, '');
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;

  const answer = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(status, { ...headers, 'cache-control': API_CACHE_CONTROL, 'content-type': 'application/json', ...extra });
    res.end(body);
  };

  function forward(req: IncomingMessage, res: ServerResponse, path: string, body: Buffer | null) {
    const outgoing: OutgoingHttpHeaders = { host: target.host, 'user-agent': USER_AGENT };
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !NOT_FORWARDED.has(name)) outgoing[name] = value;
    }
    if (body) outgoing['content-length'] = body.length;
    let timedOut = false;
    let upstreamReq: ReturnType<typeof send>;
    try {
      upstreamReq = send({
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: `${basePath}${path}`,
        headers: outgoing,
      });
    } catch {
      return answer(res, 400, AMBIGUOUS_PATH_BODY);
    }
    upstreamReq.setTimeout(timeoutMs, () => {
      timedOut = true;
      upstreamReq.destroy();
    });
    upstreamReq.on('response', (upstreamRes) => {
      const returned: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(upstreamRes.headers)) {
        if (value !== undefined && !NOT_RETURNED.has(name)) returned[name] = value;
      }
      res.writeHead(upstreamRes.statusCode ?? 502, { ...returned, ...headers, 'cache-control': API_CACHE_CONTROL });
      upstreamRes.pipe(res);
      // An upstream that dies mid-body must not leave the browser waiting: cut its answer too.
      upstreamRes.once('close', () => {
        if (!upstreamRes.complete) res.destroy();
      });
    });
    upstreamReq.on('error', () => {
      if (res.headersSent) res.destroy();
      else answer(res, timedOut ? 504 : 502, timedOut ? TIMEOUT_BODY : UNREACHABLE_BODY);
    });
    res.once('close', () => {
      if (!res.writableFinished) upstreamReq.destroy();
    });
    upstreamReq.end(body ?? undefined);
  }

  /** The whole body, or null once a 413 has been sent: refused by its declared size, then as counted. */
  async function readBody(req: IncomingMessage, res: ServerResponse): Promise<Buffer | null> {
    const tooLarge = () => {
      answer(res, 413, TOO_LARGE_BODY, { connection: 'close' });
      res.once('finish', () => req.destroy());
      return null;
    };
    if (Number(req.headers['content-length'] ?? 0) > MAX_API_BODY_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_API_BODY_BYTES) return tooLarge();
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  return async function apiProxy(req: IncomingMessage, res: ServerResponse, next: () => void) {
    const url = req.url ?? '';
    if (!isApiPath(url)) return next();
    if (!url.startsWith(`${API_BASE_PATH}/`)) return answer(res, 404, NOT_ALLOWED_BODY);
    const path = url.slice(API_BASE_PATH.length);
    if (isAmbiguousApiPath(path)) return answer(res, 400, AMBIGUOUS_PATH_BODY);
    if (!isAllowedApiRequest(req.method, path) || req.headers.upgrade) return answer(res, 404, NOT_ALLOWED_BODY);
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    const body = hasBody ? await readBody(req, res) : null;
    if (hasBody && body === null) return;
    forward(req, res, path, body);
  };
}

/**
 * An `upgrade` listener: a WebSocket (or any protocol switch) on the API path is answered 404 and
 * the socket closed, never left open. `everywhere`: refuse on every path (preview serves none).
 */
export function refuseUpgrades(headers: Record<string, string> = {}, everywhere = false) {
  return (req: IncomingMessage, socket: Duplex) => {
    if (!everywhere && !isApiPath(req.url ?? '')) return;
    const lines = Object.entries({ ...headers, 'cache-control': API_CACHE_CONTROL, 'content-type': 'application/json' }).map(
      ([name, value]) => `${name}: ${value}`,
    );
    socket.on('error', () => socket.destroy());
    socket.end(
      [
        'HTTP/1.1 404 Not Found',
        ...lines,
        `content-length: ${Buffer.byteLength(NOT_ALLOWED_BODY)}`,
        'connection: close',
        '',
        NOT_ALLOWED_BODY,
      ].join('\r\n'),
    );
  };
}
