import { describe, expect, it } from 'vitest';

import { createAudioStore } from './audio-store';
import { GAP_LEAD_MS } from './silence';

/** An element as the store sees it: metadata loaded, playing. */
function playingElement() {
  const media = { readyState: 1, currentTime: 0, defaultPlaybackRate: 1, playbackRate: 1, play: () => Promise.resolve(), pause: () => {} };
  return media as unknown as HTMLMediaElement;
}

describe('Skip silence', () => {
  const gaps = [{ startMs: 10_000, endMs: 30_000 }];

  function setUp() {
    const store = createAudioStore();
    const media = playingElement();
    store.attach(media);
    store.metadataLoaded(60_000);
    store.playingChanged(true);
    return { store, media };
  }

  it('jumps to just before the next words when playback reaches a gap', () => {
    const { store, media } = setUp();
    store.skipSilence(gaps);
    store.sync({ currentMs: 10_200 });
    expect(media.currentTime * 1_000).toBe(30_000 - GAP_LEAD_MS);
    expect(store.getState().currentMs).toBe(30_000 - GAP_LEAD_MS);
  });

  it('leaves the silence alone when off, or when paused (a manager seeking into it)', () => {
    const { store, media } = setUp();
    store.sync({ currentMs: 10_200 });
    expect(media.currentTime).toBe(0);
    store.skipSilence(gaps);
    store.playingChanged(false);
    store.sync({ currentMs: 12_000 });
    expect(store.getState().currentMs).toBe(12_000);
  });
});
