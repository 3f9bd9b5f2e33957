import { useCallback, useEffect, useState } from 'react';

import type { AudioStore } from '../audio-store';

/** MediaError.MEDIA_ERR_NETWORK, which not every environment defines as a global. */
const MEDIA_ERR_NETWORK = 2;

/**
 * Playback that stops because the device went offline: the player says so instead of showing
 * Pause over a frozen clock, and `resume` (a fresh URL, which picks up where it was and plays on)
 * runs once the device is back online.
 */
export function useConnectionLoss(store: AudioStore, resume: () => void) {
  const [lost, setLost] = useState(false);

  useEffect(() => {
    if (!lost) return;
    const back = () => {
      setLost(false);
      resume();
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [lost, resume]);

  const lose = useCallback(() => {
    setLost(true);
    // A failure, not the manager's pause: the resume plays on.
    store.playingChanged(false, { failed: true });
  }, [store]);

  return {
    lost,
    /** `stalled` and `waiting`: no more data; offline, that is the connection. */
    onStarved: useCallback(() => {
      if (!navigator.onLine) lose();
    }, [lose]),
    /** `error`: true when it was the network going away, which coming back online mends. */
    onNetworkError: useCallback(
      (media: HTMLMediaElement) => {
        if (media.error?.code !== MEDIA_ERR_NETWORK || navigator.onLine) return false;
        lose();
        return true;
      },
      [lose],
    ),
    onPlaying: useCallback(() => setLost(false), []),
  };
}
