import { useEffect, useMemo } from 'react';

import { useStoreSelector } from '../audio-context';
import type { AudioStore } from '../audio-store';
import { silenceGaps, type Gap } from '../silence';
import { useDeviceSetting } from './use-device-setting';
import { useTranscript } from './use-transcript';

export const SKIP_SILENCE_STORAGE_KEY = 'siro.skipSilence';

/**
 * Skip silence, off by default and remembered on this device: the gaps come from the
 * transcript's times, which it loads when switched on (the transcript panel may have already).
 */
export function useSkipSilence(recordingId: string, processing: boolean, store: AudioStore) {
  const [on, setOn] = useDeviceSetting(SKIP_SILENCE_STORAGE_KEY, false);
  const transcript = useTranscript(recordingId, processing, { enabled: on });
  const durationMs = useStoreSelector(store, (state) => state.durationMs);
  const gaps: readonly Gap[] = useMemo(
    () => (on && transcript.complete ? silenceGaps(transcript.lines, { durationMs }) : []),
    [on, transcript.complete, transcript.lines, durationMs],
  );
  useEffect(() => {
    store.skipSilence(on ? gaps : null);
    return () => store.skipSilence(null);
  }, [store, on, gaps]);
  return { on, setOn, gaps, lines: transcript.lines };
}
