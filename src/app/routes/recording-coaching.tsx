import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { SeekMarker } from '@/features/conversation/seek-markers';
import { lookupQueries } from '@/features/recordings/api/get-lookups';
import type { RecordingDocument } from '@/features/recordings/api/recording-document-schema';
import type { Recording } from '@/features/recordings/api/recording-schema';
import { kindGlyph, kindName } from '@/features/recordings/coaching/moment-kinds';
import { formatTimestamp } from '@/lib/format-timestamp';

// The coaching panels (scorecard, moments, talk metrics) read the full recording document; the
// route fetches it once, beside the recording, and composes them with the player and transcript.
// Here what the page needs at once (the moments' markers, the lookups' requests); the panels'
// own slots are in recording-coaching-slots.tsx, loaded as they come near.

export type DocumentQuery = UseQueryResult<RecordingDocument | null>;

/** The score bands the scorecard is drawn with: asked for with the document, not when the panel loads. */
export function useScoreBands(recording: Recording, document: DocumentQuery | undefined, on: boolean) {
  const evaluation = document?.data?.evaluation;
  const organizationId = recording.organizationId ?? document?.data?.organizationId ?? '';
  return useQuery({ ...lookupQueries.scoreBands(organizationId), enabled: Boolean(on && evaluation && organizationId) }).data;
}

export function useKindNames(enabled: boolean) {
  return useQuery({ ...lookupQueries.momentKinds(), enabled }).data ?? [];
}

/** The moments as seek-bar markers, named by kind and time. */
export function useMomentMarkers(document: DocumentQuery | undefined, on: boolean): SeekMarker[] {
  const tags = document?.data?.jumpToTags?.items;
  const kinds = useKindNames(on && Boolean(tags?.length));
  return useMemo(() => {
    if (!on || !tags) return [];
    return tags.map((moment, index) => {
      const name = kindName(moment.kind, moment.bookmarkConfigId, kinds);
      return {
        id: `moment-${index}`,
        atMs: moment.startMs,
        label: `${name} at ${formatTimestamp(moment.startMs)}`,
        glyph: kindGlyph(moment.kind, name),
        kind: moment.kind,
      };
    });
  }, [on, tags, kinds]);
}
