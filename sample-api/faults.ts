// Fault ids: GET /v1/core/recordings/<fault id> answers one way the real API, a proxy or the
// network can go wrong, so the dashboard's handling of each can be seen and tested. Auth is
// checked before any of them, like for every recording. The faults of the other endpoints are
// in conversation-faults.ts.
import type { ServerResponse } from 'node:http';

import { completeSaleAs as completeSaleFor } from './data/complete-sale.ts';
import { HOSTILE } from './data/hostile.ts';
import { partialRecording } from './data/partial.ts';
import { JSON_TYPE, sendJson, sendRaw } from './http-utils.ts';
import { isConversationFaultId, type FaultId } from './ids.ts';
import { withRequestedSections } from './recordings.ts';

export const SLOW_FAULT_DELAY_MS = 2_500;
export const GIANT_TITLE_LENGTH = 300_000;

/** What a fault needs from the server: the flags, and where to park work the server must end. */
export type FaultContext = {
  query: URLSearchParams;
  /** Responses not answered yet on purpose (hang, slow); destroyed when the server closes. */
  hanging: Set<ServerResponse>;
  /** Pending delayed answers; cleared when the server closes. */
  timers: Set<NodeJS.Timeout>;
  /** How long fault-slow takes to answer. */
  slowFaultDelayMs: number;
};

/** A 200 envelope as the detail endpoint sends it. */
export function recordingEnvelope(data: unknown) {
  return { data, cursor: null, pageSize: 1, limit: 1, total: 1, hasNextPage: false };
}

/** The complete sale under another id, cut down to the flags, as the detail endpoint answers. */
function completeSaleAs(id: string, query: URLSearchParams) {
  return recordingEnvelope(withRequestedSections(completeSaleFor(id), query));
}

const CLOUDFLARE_502 = `<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>api.siro.ai | 502: Bad gateway</title></head>
<body>
<div id="cf-wrapper">
  <h1><span>Bad gateway</span> <span>Error code 502</span></h1>
  <p>The web server reported a bad gateway error.</p>
  <p>Please try again in a few minutes.</p>
  <p>Cloudflare Ray ID: <strong>8f1c2a3b4d5e6f70</strong> &bull; Performance &amp; security by Cloudflare</p>
</div>
</body>
</html>
`;

const NGINX_504 = `<html>
<head><title>504 Gateway Time-out</title></head>
<body>
<center><h1>504 Gateway Time-out</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

export function answerFault(id: FaultId, res: ServerResponse, context: FaultContext): void {
  const { query } = context;
  // These break the transcript, summary or audio only (conversation-faults.ts): the recording is fine.
  if (isConversationFaultId(id)) return sendJson(res, 200, completeSaleAs(id, query));
  switch (id) {
    case 'fault-403':
      return sendJson(res, 403, { error: 'You do not have access to this recording' });
    case 'fault-422':
      return sendJson(res, 422, {
        name: 'ZodError',
        issues: [{ code: 'invalid_type', path: ['id'], message: 'Expected uuid, received string', expected: 'uuid', received: 'string' }],
      });
    case 'fault-429':
      return sendJson(res, 429, { error: 'Rate limit exceeded: 1000 requests per minute' }, { 'retry-after': '1' });
    case 'fault-429-no-retry-after':
      // What Siro documents: a 429 with nothing saying when to come back.
      return sendJson(res, 429, { error: 'Rate limit exceeded: 1000 requests per minute' });
    case 'fault-500':
      return sendJson(res, 500, { error: 'Internal server error' });
    case 'fault-502-html':
      return sendRaw(res, 502, 'text/html; charset=UTF-8', CLOUDFLARE_502);
    case 'fault-504-html':
      return sendRaw(res, 504, 'text/html', NGINX_504);
    case 'fault-malformed-json':
      return sendRaw(res, 200, JSON_TYPE, '{"data":{"id":"fault-malformed-json","dateCr');
    case 'fault-not-json':
      return sendRaw(res, 200, 'text/plain; charset=utf-8', 'OK');
    case 'fault-no-data':
      return sendJson(res, 200, { cursor: null });
    case 'fault-null-data':
      return sendJson(res, 200, { data: null });
    case 'fault-slow':
      return answerLater(res, context, () => completeSaleAs('fault-slow', query));
    case 'fault-hang':
      // Keep the socket open and say nothing; the client's own timeout has to end it.
      context.hanging.add(res);
      res.once('close', () => context.hanging.delete(res));
      return;
    case 'fault-drop':
      return dropHalfway(res, JSON.stringify(completeSaleAs('fault-drop', query)));
    case 'fault-partial':
      return sendJson(res, 200, recordingEnvelope(withRequestedSections(partialRecording(), query)));
    case 'fault-hostile':
      return sendJson(res, 200, recordingEnvelope(withRequestedSections(HOSTILE, query)));
    case 'fault-giant-title': {
      // One unbroken word: laid out whole, it froze the tab for seconds.
      const recording = completeSaleFor('fault-giant-title');
      return sendJson(
        res,
        200,
        recordingEnvelope(withRequestedSections({ ...recording, title: `Giant${'W'.repeat(GIANT_TITLE_LENGTH - 5)}` }, query)),
      );
    }
  }
}

function answerLater(res: ServerResponse, context: FaultContext, body: () => unknown) {
  const timer = setTimeout(() => {
    context.timers.delete(timer);
    context.hanging.delete(res);
    if (!res.destroyed) sendJson(res, 200, body());
  }, context.slowFaultDelayMs);
  context.timers.add(timer);
  // Until it answers it is as open as a hanging one: a closing server must end it too.
  context.hanging.add(res);
  // A client that gives up should not leave a timer behind.
  res.once('close', () => {
    clearTimeout(timer);
    context.timers.delete(timer);
    context.hanging.delete(res);
  });
}

/** Promise the whole body (content-length), send half of it, then cut the connection. */
function dropHalfway(res: ServerResponse, body: string) {
  const buffer = Buffer.from(body, 'utf8');
  res.writeHead(200, { 'content-type': JSON_TYPE, 'cache-control': 'no-store', 'content-length': String(buffer.length) });
  res.write(buffer.subarray(0, Math.floor(buffer.length / 2)), () => {
    res.socket?.destroy();
  });
}
