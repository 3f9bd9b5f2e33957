// Faults of the endpoints around a recording: the transcript pages, the v2 summary, the signed
// audio URL and the audio itself. Each fault id is the complete sale on the detail endpoint and
// on every other endpoint but one, which misbehaves as a real API, proxy or storage can.
import type { ServerResponse } from 'node:http';

import { JSON_TYPE, sendJson, sendRaw } from './http-utils.ts';
import { isConversationFaultId } from './ids.ts';

const TRUNCATED_JSON = '{"data":{"utterances":[{"utterance":"Hi, you must be Ka';

/** True when the fault answered this page itself; false to serve the page as usual. */
export function answerUtterancesFault(id: string, page: number, res: ServerResponse): boolean {
  if (!isConversationFaultId(id)) return false;
  switch (id) {
    case 'fault-utterances-500':
      // The first page loads; the rest of the transcript does not.
      if (page === 1) return false;
      sendJson(res, 500, { error: 'Internal server error' });
      return true;
    case 'fault-utterances-401':
      // The token expires while the later pages load.
      if (page === 1) return false;
      sendJson(res, 401, { error: 'Token has expired' });
      return true;
    case 'fault-utterances-malformed':
      sendRaw(res, 200, JSON_TYPE, TRUNCATED_JSON);
      return true;
    default:
      return false;
  }
}

/** The page actually served: `fault-utterances-cursor-ignored` serves the first whatever is asked. */
export function servedUtterancesPage(id: string, requested: number): number {
  return id === 'fault-utterances-cursor-ignored' ? 1 : requested;
}

export function answerSummaryFault(id: string, res: ServerResponse): boolean {
  if (id === 'fault-summary-500') {
    sendJson(res, 500, { error: 'Internal server error' });
    return true;
  }
  if (id === 'fault-summary-malformed') {
    sendRaw(res, 200, JSON_TYPE, '{"data":[{"id":"s2a00000","promptHeader":"Key po');
    return true;
  }
  return false;
}

export function answerSignedUrlFault(id: string, res: ServerResponse): boolean {
  if (id === 'fault-audio-url-error') {
    // A 200 whose body says it failed: the documented `error` / `errorMessage` pair.
    sendJson(res, 200, { data: { error: true, errorMessage: 'Audio is temporarily unavailable. Please try again later.' } });
    return true;
  }
  if (id === 'fault-audio-url-500') {
    sendJson(res, 500, { error: 'Internal server error' });
    return true;
  }
  return false;
}

/** `fault-audio-url-expired` signs URLs that are already past their expiry. */
export function signedUrlExpiry(id: string, now: number, ttlMs: number): number {
  return id === 'fault-audio-url-expired' ? now - 1_000 : now + ttlMs;
}

const NO_SUCH_KEY = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>
`;

/** Storage's answer for an object it does not hold. */
export function sendNoSuchKey(res: ServerResponse) {
  sendRaw(res, 404, 'application/xml', NO_SUCH_KEY);
}

/** `fault-audio-404`: the URL is signed, but storage has no such object. */
export function audioMissing(id: string): boolean {
  return id === 'fault-audio-404';
}
