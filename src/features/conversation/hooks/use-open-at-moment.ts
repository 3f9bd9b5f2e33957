import { useEffect } from 'react';

import { useAudioStore } from '../audio-context';

/**
 * A link to a moment (`?t=12m40s`): the player waits there, ready to play, and the transcript
 * shows that line. Once per value, so the same link re-opened in place does it again.
 */
export function useOpenAtMoment(ms: number | null) {
  const store = useAudioStore();
  useEffect(() => {
    if (ms !== null) store?.reveal(ms);
  }, [store, ms]);
}
