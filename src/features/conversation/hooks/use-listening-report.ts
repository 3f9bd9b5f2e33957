import { useEffect } from 'react';

import { ApiError } from '@/lib/api-error';

import { reportListening } from '../api/report-listening';
import type { AudioStore } from '../audio-store';

/** How often listening time is reported while the audio plays. */
export const LISTEN_REPORT_INTERVAL_MS = 20_000;
/** A pause this short is a new audio URL taking over, not the manager stopping. */
const STOP_SETTLE_MS = 2_000;

/**
 * Tells Siro how long the manager has listened, as its own apps do: one engagement per page
 * view, its cumulative time sent at a steady interval while playing, when playback stops (for
 * more than a moment), and
 * once more (a keepalive request) when the page is hidden or closed. Failures are silent and
 * never retried: the next report carries the time anyway, and a refusal (4xx) ends reporting
 * for this view. Time is the wall-clock time spent playing, whatever the speed.
 */
export function useListeningReport(recordingId: string, store: AudioStore) {
  useEffect(() => {
    let listenedMs = 0;
    let playingSince: number | null = null;
    let sentMs = 0;
    let engagementId: string | null = null;
    let inFlight = false;
    let refused = false;
    let timer: ReturnType<typeof setInterval> | null = null;
    let stopping: ReturnType<typeof setTimeout> | undefined;

    const total = () => listenedMs + (playingSince === null ? 0 : performance.now() - playingSince);

    function send(keepalive = false) {
      const durationMs = Math.round(total());
      // One report at a time, so the second carries the first's engagement id; a page going away cannot wait.
      if (refused || durationMs <= sentMs || (inFlight && !keepalive)) return;
      sentMs = durationMs;
      if (!keepalive) inFlight = true;
      reportListening(recordingId, { engagementId, durationMs }, { keepalive })
        .then((id) => {
          engagementId = id ?? engagementId;
        })
        .catch((error: unknown) => {
          if (error instanceof ApiError && !error.retryable) refused = true;
        })
        .finally(() => {
          if (!keepalive) inFlight = false;
        });
    }

    function playingChanged(playing: boolean) {
      if (playing === (playingSince !== null)) return;
      clearTimeout(stopping);
      if (playing) {
        playingSince = performance.now();
        timer = setInterval(() => send(), LISTEN_REPORT_INTERVAL_MS);
        return;
      }
      listenedMs = total();
      playingSince = null;
      if (timer !== null) clearInterval(timer);
      timer = null;
      stopping = setTimeout(() => send(), STOP_SETTLE_MS);
    }

    const unsubscribe = store.subscribe(() => playingChanged(store.getState().playing));
    playingChanged(store.getState().playing);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') send(true);
    };
    const onPageHide = () => send(true);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      if (timer !== null) clearInterval(timer);
      clearTimeout(stopping);
      listenedMs = total();
      playingSince = null;
      send(true);
    };
  }, [recordingId, store]);
}
