import { queryOptions } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { recordingKeys } from './get-recording';
import { pickRecordingDocument, type RecordingDocument } from './recording-document-schema';
import { recordingDocumentRequest } from './recording-path';

/** The full document of one recording; null when Siro answers without it (an older or foreign id). */
export async function getRecordingDocument(id: string, signal?: AbortSignal): Promise<RecordingDocument | null> {
  const { path, body } = recordingDocumentRequest(id);
  const answer = await apiRequest(path, { token: tokenStore.token(), method: 'POST', body, signal });
  if (answer === null || typeof answer !== 'object')
    throw new ApiError('invalid-response', 'Siro answered, but not with a readable recording document.');
  return pickRecordingDocument(answer, id);
}

const STALE_TIME_MS = 30_000;

/**
 * The full document (rep, scorecard, moments, talk metrics): one request serves every panel that
 * reads it. Apart from recordingQueries, which the inbox's Open form uses too: the inbox never
 * downloads this schema.
 */
export const recordingDocumentQuery = (id: string) =>
  queryOptions({
    queryKey: recordingKeys.document(id),
    // No abort signal, as for the recording (recordingQueries.detail): StrictMode's remount must not ask twice.
    queryFn: () => getRecordingDocument(id),
    staleTime: STALE_TIME_MS,
    retryOnMount: false,
  });
