/** The ID always travels as exactly one encoded path segment, whatever it contains. */
export const recordingPath = (id: string) => `/v1/core/recordings/${encodeURIComponent(id)}`;
