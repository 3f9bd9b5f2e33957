// The recording endpoints, called by server.ts once the path matched and the token passed.
// Each gets the id already percent-decoded.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { audioTrack, serveAudio } from './audio.ts';
import {
  answerSignedUrlFault,
  answerSummaryFault,
  answerUtterancesFault,
  audioMissing,
  sendNoSuchKey,
  servedUtterancesPage,
  signedUrlExpiry,
} from './conversation-faults.ts';
import { HOSTILE, HOSTILE_AUDIO_URL } from './data/hostile.ts';
import { answerFault, recordingEnvelope, type FaultContext } from './faults.ts';
import { withCurrentFollowups } from './followups.ts';
import { sendJson, sendRaw, sendRecordingNotFound } from './http-utils.ts';
import { isFaultId } from './ids.ts';
import { withCurrentOutcome } from './outcomes.ts';
import { audioDurationMs, conversationFor, RecordingStore, withRequestedSections } from './recordings.ts';
import type { SampleState } from './state.ts';

export type RouteContext = FaultContext & {
  store: RecordingStore;
  /** Writes that persist (state.ts). */
  state: SampleState;
  /** Every group of the route's pattern, percent-decoded; the first is also the handler's `id`. */
  params: string[];
  /** Where this server is reached from the browser (`http://host:port`): signed URLs point there. */
  origin: string;
};

/** Utterances per page when the client does not say; smaller than Siro's so paging shows. */
export const DEFAULT_UTTERANCE_PAGE_SIZE = 50;
const MAX_UTTERANCE_PAGE_SIZE = 100_000;
/** Signed audio URLs live this long, like the real short-lived ones. */
export const SIGNED_URL_TTL_MS = 15 * 60_000;

export function getRecording(id: string, res: ServerResponse, context: RouteContext) {
  if (isFaultId(id)) return answerFault(id, res, context);
  const recording = context.store.find(id, true);
  if (!recording) return sendRecordingNotFound(res);
  sendJson(
    res,
    200,
    recordingEnvelope(
      withRequestedSections(withCurrentOutcome(withCurrentFollowups(recording, context.state), context.state), context.query),
    ),
  );
}

/** A positive whole number from the query, the fallback when absent, null when invalid. */
function positiveInteger(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 && value <= max ? value : null;
}

/** `cursor` is the 1-based page number, as in Siro's reference; the answer's cursor is the next page or null. */
export function getUtterances(id: string, res: ServerResponse, context: RouteContext) {
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  const page = positiveInteger(context.query.get('cursor'), 1, Number.MAX_SAFE_INTEGER);
  if (page === null) return sendJson(res, 400, { error: 'Invalid cursor' });
  const pageSize = positiveInteger(context.query.get('pageSize'), DEFAULT_UTTERANCE_PAGE_SIZE, MAX_UTTERANCE_PAGE_SIZE);
  if (pageSize === null) return sendJson(res, 400, { error: 'Invalid pageSize' });
  if (answerUtterancesFault(id, page, res)) return;
  const { utterances, speakerMap } = conversationFor(recording).transcript;
  const served = servedUtterancesPage(id, page);
  const start = (served - 1) * pageSize;
  const end = start + pageSize;
  sendJson(res, 200, {
    data: { utterances: utterances.slice(start, end), speakerMap, isLowDataMode: false },
    cursor: end < utterances.length ? served + 1 : null,
    pageSize,
  });
}

export function getSummarySections(id: string, res: ServerResponse, context: RouteContext) {
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  if (answerSummaryFault(id, res)) return;
  sendJson(res, 200, { data: conversationFor(recording).sections });
}

/**
 * An absolute URL on this server's own origin, as Siro answers one on its storage's: the
 * browser fetches the audio from there directly, cross-origin to the app, not through its
 * proxy. (The app's Content-Security-Policy media-src has to allow that origin.)
 */
export function createSignedUrl(id: string, res: ServerResponse, context: RouteContext) {
  const recording = context.store.find(id, false);
  if (!recording) return sendRecordingNotFound(res);
  if (recording.deleted) {
    return sendJson(res, 200, { data: { error: true, errorMessage: 'The audio of a deleted recording is no longer available.' } });
  }
  if (recording.processingStatus !== 'complete') {
    return sendJson(res, 200, { data: { error: true, errorMessage: 'The audio is not available until processing is complete.' } });
  }
  if (answerSignedUrlFault(id, res)) return;
  const expiration = signedUrlExpiry(id, Date.now(), SIGNED_URL_TTL_MS);
  const url =
    recording.id === HOSTILE.id ? HOSTILE_AUDIO_URL : `${context.origin}/sample-audio/${encodeURIComponent(id)}.wav?expires=${expiration}`;
  sendJson(res, 200, { data: { error: false, url, expiration } });
}

const EXPIRED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>
`;

/** The "storage bucket" behind signed URLs: no token, only an expiry, like a real signed URL. */
export function getAudio(id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const expires = Number(context.query.get('expires') ?? Number.NaN);
  if (!Number.isFinite(expires) || expires < Date.now()) {
    return sendRaw(res, 403, 'application/xml', EXPIRED_XML);
  }
  const recording = context.store.find(id, false);
  if (!recording || audioMissing(id)) return sendNoSuchKey(res);
  serveAudio(req, res, audioTrack(audioDurationMs(recording), conversationFor(recording).transcript.utterances));
}
