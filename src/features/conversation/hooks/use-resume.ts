import { useEffect, useState } from 'react';

import { useStoreSelector } from '../audio-context';
import type { AudioStore } from '../audio-store';
import { savedPosition, savePosition } from '../resume';

/** How often the position is written while playing. */
const SAVE_EVERY_MS = 5_000;
/** This close to the end counts as listened through. */
const END_MS = 3_000;

/**
 * Offers to continue where the manager stopped last time (until they play or seek any other
 * way, or open a link to a moment), and keeps the position as they listen.
 */
export function useResume(recordingId: string, store: AudioStore) {
  const [offer, setOffer] = useState(() => savedPosition(recordingId));
  const engaged = useStoreSelector(store, (state) => state.engaged);

  useEffect(() => {
    let saved = Number.NEGATIVE_INFINITY;
    let wasPlaying = store.getState().playing;
    return store.subscribe(() => {
      const { currentMs, durationMs, playing } = store.getState();
      const stopped = wasPlaying && !playing;
      wasPlaying = playing;
      if (!playing && !stopped) return;
      if (!stopped && Math.abs(currentMs - saved) < SAVE_EVERY_MS) return;
      saved = currentMs;
      savePosition(recordingId, durationMs !== null && currentMs >= durationMs - END_MS ? null : currentMs);
    });
  }, [recordingId, store]);

  const shown = engaged ? null : offer;
  return {
    offer: shown,
    accept: () => {
      if (shown !== null) store.seek(shown, { play: true });
      setOffer(null);
    },
    dismiss: () => setOffer(null),
  };
}
