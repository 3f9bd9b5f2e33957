import { lookup } from '@/lib/lookup';

import type { Recording } from './api/recording-schema';

// Transcription states after which more will arrive; settled and unknown ones do not poll.
const ACTIVE_TRANSCRIPTION = new Set(['RECORDING', 'UPLOADING', 'UPLOADED', 'TRANSCRIBING', 'AWAITING_REDACTION', 'REDACTING']);

type StatusFields = Pick<Recording, 'deleted' | 'processingStatus' | 'transcriptionStatus'>;

/** Still changing on Siro's side, so worth polling. Unknown states do not poll forever. */
export function isStillProcessing(recording: StatusFields | undefined): boolean {
  if (!recording || recording.deleted) return false;
  if (recording.processingStatus === 'in-progress') return true;
  const status = recording.transcriptionStatus;
  return !!status && ACTIVE_TRANSCRIPTION.has(status);
}

const transcriptionWords = lookup({
  RECORDING: 'Recording',
  UPLOADING: 'Uploading',
  UPLOADED: 'Uploaded, waiting to transcribe',
  TRANSCRIBING: 'Transcribing',
  AWAITING_REDACTION: 'Waiting for redaction',
  REDACTING: 'Redacting',
  COMPLETE: 'Transcribed',
  SECONDARY_TRANSCRIPTION_COMPLETE: 'Transcribed (second pass)',
  ERROR: 'Transcription failed',
  UNRECOVERABLE_ERROR: 'Transcription failed permanently',
  REMOVED: 'Removed',
  RAW_SPLIT: 'Split into parts',
});

const processingWords = lookup({
  'in-progress': 'Processing',
  complete: 'Processed',
  error: 'Processing failed',
});

/** Known states in words; a state newer than this code shows as the API wrote it. */
export const transcriptionInWords = (status: string) => transcriptionWords(status) ?? status;
export const processingInWords = (status: string) => processingWords(status) ?? status;

const SETTLED_TRANSCRIPTION = new Set(['COMPLETE', 'SECONDARY_TRANSCRIPTION_COMPLETE']);

/**
 * The statuses in one line: `settled` when everything is done (the header says so quietly),
 * else what is not (an error, a removed transcript, a state newer than this code). Null when
 * Siro sent neither status.
 */
export function statusLine(
  recording: Pick<Recording, 'transcriptionStatus' | 'processingStatus'>,
): { settled: boolean; text: string } | null {
  const { transcriptionStatus: transcription, processingStatus: processing } = recording;
  if (!transcription && !processing) return null;
  const settled = (!transcription || SETTLED_TRANSCRIPTION.has(transcription)) && (!processing || processing === 'complete');
  if (settled)
    return { settled, text: transcription && processing ? 'Transcribed and processed' : transcription ? 'Transcribed' : 'Processed' };
  const parts = [transcription && transcriptionInWords(transcription), processing && processingInWords(processing)];
  return { settled, text: parts.filter(Boolean).join(' · ') };
}
