import { useQuery, type UseQueryResult } from '@tanstack/react-query';

import { lookupQueries } from '@/features/recordings/api/get-lookups';
import type { RecordingDocument } from '@/features/recordings/api/recording-document-schema';
import type { Recording } from '@/features/recordings/api/recording-schema';

// The coaching panels (scorecard, moments, talk metrics) read the full recording document; the
// route fetches it once, beside the recording, and composes them with the player and transcript.
// Here what the page needs at once (the lookups' requests); the panels' own slots are in
// recording-coaching-slots.tsx and the moments' markers in recording-markers.tsx, loaded later.

export type DocumentQuery = UseQueryResult<RecordingDocument | null>;

/** The score bands the scorecard is drawn with: asked for with the document, not when the panel loads. */
export function useScoreBands(recording: Recording, document: DocumentQuery | undefined, on: boolean) {
  const evaluation = document?.data?.evaluation;
  const organizationId = recording.organizationId ?? document?.data?.organizationId ?? '';
  return useQuery({ ...lookupQueries.scoreBands(organizationId), enabled: Boolean(on && evaluation && organizationId) }).data;
}

const NO_KINDS: never[] = [];

/** The moment kinds' names; the same empty list until they come, so what is derived from them holds still. */
export function useKindNames(enabled: boolean) {
  return useQuery({ ...lookupQueries.momentKinds(), enabled }).data ?? NO_KINDS;
}
