import { useEffect, useMemo } from 'react';

import { LineCommentButton } from '@/features/comments/components/line-comment-button';
import { useCommentThreads } from '@/features/comments/hooks/use-comment-threads';
import { threadMarkers } from '@/features/comments/threads';
import type { SeekMarker } from '@/features/conversation/seek-markers';
import { kindGlyph, kindName } from '@/features/recordings/coaching/moment-kinds';
import { formatTimestamp } from '@/lib/format-timestamp';

import { useKindNames, type DocumentQuery } from './recording-coaching';

// The seek bar's and the transcript's markers, loaded only once the player or the transcript is
// about to be seen (or asked to play): their code (the comments' parsing included) is not the
// first screen's.

/** The moments as seek-bar markers, named by kind and time. */
function useMomentMarkers(document: DocumentQuery | undefined, on: boolean): SeekMarker[] {
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

type Props = {
  recordingId: string;
  document?: DocumentQuery;
  moments: boolean;
  comments: boolean;
  onMarkers: (markers: readonly SeekMarker[]) => void;
  /** Hands the transcript lines' comment button (this chunk's) to the page: a state setter, given it by an updater. */
  onLineButton: (update: () => typeof LineCommentButton) => void;
};

/**
 * Each feature's moments, composed here: the player and the transcript only draw them. The
 * manager's own comments come last, so where markers overlap on a phone's seek bar they are on top.
 */
export default function ConversationMarkers({ recordingId, document, moments, comments, onMarkers, onLineButton }: Props) {
  const momentMarkers = useMomentMarkers(document, moments);
  const { threads } = useCommentThreads(recordingId, comments);
  const markers = useMemo(
    () => (comments && threads ? [...momentMarkers, ...threadMarkers(threads)] : momentMarkers),
    [comments, threads, momentMarkers],
  );
  useEffect(() => onMarkers(markers), [markers, onMarkers]);
  useEffect(() => onLineButton(() => LineCommentButton), [onLineButton]);
  return null;
}
