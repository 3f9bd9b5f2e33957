import { useEffect } from 'react';

import type { AudioStore } from '../audio-store';
import { SKIP_MS } from './use-player-shortcuts';

export type MediaInfo = { title: string; artist: string };

type Action = [MediaSessionAction, MediaSessionActionHandler];

/**
 * The lock screen, headphones and the notification shade: what is playing, and play, pause,
 * ±15 s and seek-to that act on the page's one playback. The <audio> element keeps playing with
 * the screen locked; these make it controllable from there.
 */
export function useMediaSession(store: AudioStore, info: MediaInfo, enabled: boolean) {
  const { title, artist } = info;
  useEffect(() => {
    const session = typeof navigator === 'undefined' ? undefined : navigator.mediaSession;
    if (!enabled || !session) return;
    session.metadata = typeof MediaMetadata === 'function' ? new MediaMetadata({ title, artist, album: 'Siro' }) : null;
    const actions: Action[] = [
      ['play', () => store.play()],
      ['pause', () => store.pause()],
      ['seekbackward', (details) => store.skip(-(details.seekOffset ?? SKIP_MS / 1_000) * 1_000)],
      ['seekforward', (details) => store.skip((details.seekOffset ?? SKIP_MS / 1_000) * 1_000)],
      ['seekto', (details) => store.seek((details.seekTime ?? 0) * 1_000)],
    ];
    for (const [action, handler] of actions) setHandler(session, action, handler);

    // Where playback is, for the lock screen's progress bar: told on play, pause and jumps; the
    // browser moves it on by itself in between.
    let told = { key: '', ms: 0, at: 0 };
    const position = () => {
      const { currentMs, durationMs, playing, rate } = store.getState();
      session.playbackState = playing ? 'playing' : 'paused';
      const key = `${playing}:${rate}:${durationMs}`;
      const expected = told.ms + (playing ? (performance.now() - told.at) * rate : 0);
      if (!durationMs || (key === told.key && Math.abs(currentMs - expected) < 1_500)) return;
      told = { key, ms: currentMs, at: performance.now() };
      try {
        session.setPositionState?.({ duration: durationMs / 1_000, position: Math.min(currentMs, durationMs) / 1_000, playbackRate: rate });
      } catch {
        // A position past a duration the browser disagrees with: the lock screen shows none.
      }
    };
    position();
    const unsubscribe = store.subscribe(position);
    return () => {
      unsubscribe();
      for (const [action] of actions) setHandler(session, action, null);
      session.metadata = null;
      session.playbackState = 'none';
    };
  }, [store, title, artist, enabled]);
}

function setHandler(session: MediaSession, action: MediaSessionAction, handler: MediaSessionActionHandler | null) {
  try {
    session.setActionHandler(action, handler);
  } catch {
    // A browser that does not know this action: the others still work.
  }
}
