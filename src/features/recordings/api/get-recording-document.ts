import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

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
