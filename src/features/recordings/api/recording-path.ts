/** The ID always travels as exactly one encoded path segment, whatever it contains. */
export const recordingPath = (id: string) => `/v1/core/recordings/${encodeURIComponent(id)}`;

/**
 * The full recording document: a POST that only reads. Its body is part of what identifies an
 * early request, so the early start and the app build it here, the same way.
 */
export const recordingDocumentRequest = (id: string) => ({ path: '/v1/core/recordings', body: { ids: [id] } });
