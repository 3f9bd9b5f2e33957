import { lookup } from '@/lib/lookup';
import type { Recording } from './api/recording-schema';

// Transcription states after which more will arrive; settled and unknown ones do not poll.
const ACTIVE_TRANSCRIPTION = new Set([
  'RECORDING',
  'UPLOADING',
  'UPLOADED',
  'TRANSCRIBING',
  'AWAITING_REDACTION',
  'REDACTING',
]);

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
