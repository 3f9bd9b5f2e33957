// Small response helpers shared by the routes and the faults, plus the request log.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** Every answer is per-user data: nothing between the API and the browser may keep it. */
const BASE_HEADERS = { 'cache-control': 'no-store' };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  sendRaw(res, status, JSON_TYPE, JSON.stringify(body), headers);
}

// Answers whose request accepts gzip: JSON goes compressed to them, as an API behind a CDN
// (Siro's is behind Cloudflare) sends it.
const acceptsGzip = new WeakSet<ServerResponse>();
const COMPRESS_FROM_BYTES = 1_024;

export function noteAcceptedEncoding(req: IncomingMessage, res: ServerResponse) {
  if (/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) acceptsGzip.add(res);
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  let buffer = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const encoding: Record<string, string> = {};
  if (contentType.startsWith('application/json') && buffer.length >= COMPRESS_FROM_BYTES && acceptsGzip.has(res)) {
    buffer = gzipSync(buffer);
    Object.assign(encoding, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
  }
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': contentType,
    'content-length': String(buffer.length),
    ...encoding,
    ...headers,
  });
  res.end(buffer);
}

/** The gateway's answer for any path or method the API does not define. */
export function sendRouteNotFound(res: ServerResponse) {
  sendJson(res, 404, { code: 404, message: 'The current request is not defined by this API.' });
}

export function sendRecordingNotFound(res: ServerResponse) {
  sendJson(res, 404, { error: 'Recording not found' });
}

const MAX_LOGGED_PATH = 160;

/**
 * One line per request when it ends: method, path (no query string, which could carry
 * anything), status and time. Never headers, so never the token. Long or odd paths are cut
 * and escaped so a hostile id cannot flood or forge log lines.
 */
export function logRequests(req: IncomingMessage, res: ServerResponse, log: (line: string) => void) {
  const started = performance.now();
  res.once('close', () => {
    const rawPath = (req.url ?? '').split('?')[0] ?? '';
    const printable = JSON.stringify(rawPath).slice(1, -1);
    const path = printable.length > MAX_LOGGED_PATH ? `${printable.slice(0, MAX_LOGGED_PATH)}…(${rawPath.length} chars)` : printable;
    const status = res.writableFinished ? String(res.statusCode) : `${res.headersSent ? res.statusCode : '-'} aborted`;
    log(`${req.method ?? '?'} ${path} ${status} ${Math.round(performance.now() - started)}ms`);
  });
}

/** Request bodies past this size answer 413: every body the reference defines is small. */
export const MAX_BODY_BYTES = 64 * 1_024;

export type ValidationIssue = { code: string; path: (string | number)[]; message: string; expected?: string; received?: string };

/** 422 in Siro's validation-report shape. */
export function sendValidationError(res: ServerResponse, issues: ValidationIssue[]) {
  sendJson(res, 422, { name: 'ZodError', issues });
}

/**
 * The JSON body of a write, or null once the answer has been sent: 413 past MAX_BODY_BYTES,
 * 422 for a body that is not a JSON object (an empty body reads as `{}`).
 */
export async function readJsonBody(req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    sendJson(res, 413, { error: 'Request body too large' });
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      sendJson(res, 413, { error: 'Request body too large' });
      req.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    sendValidationError(res, [
      { code: 'invalid_type', path: [], message: 'Expected a JSON object', expected: 'object', received: 'string' },
    ]);
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    sendValidationError(res, [
      {
        code: 'invalid_type',
        path: [],
        message: 'Expected a JSON object',
        expected: 'object',
        received: Array.isArray(parsed) ? 'array' : parsed === null ? 'null' : typeof parsed,
      },
    ]);
    return null;
  }
  return parsed as Record<string, unknown>;
}
