// One recording's playback, shared by the player, the transcript and the summary quotes.
// The player owns the <audio> element and hands it over; everyone else asks the store to
// seek or play, even before the element exists (the player is lazy-loaded, and its signed
// URL may be refreshing): the request waits and is applied once the audio has metadata.
import { GAP_LEAD_MS, gapToSkip, type Gap } from './silence';

export type AudioState = {
  currentMs: number;
  durationMs: number | null;
  playing: boolean;
  rate: number;
  /** Played or sought at least once: from then on the transcript shows where the audio is. */
  engaged: boolean;
  /**
   * Counts the manager's own requests to play (Play, K, a quote), not a resume after a URL
   * refresh: only the former bring the transcript back to following the audio.
   */
  playRequests: number;
  /** Counts the links to a moment opened (`t`): the transcript brings that line into view on the page. */
  revealRequests: number;
};

type Pending = { ms: number; play: boolean };

const HAVE_METADATA = 1;

export type AudioStore = ReturnType<typeof createAudioStore>;

export function createAudioStore() {
  let state: AudioState = { currentMs: 0, durationMs: null, playing: false, rate: 1, engaged: false, playRequests: 0, revealRequests: 0 };
  let element: HTMLMediaElement | null = null;
  let pending: Pending | null = null;
  /** What the manager asked for last; a new source resumes in that state. */
  let wantsToPlay = false;
  /** The silences to jump over while playing; null when Skip silence is off. */
  let skipping: readonly Gap[] | null = null;
  const listeners = new Set<() => void>();

  function set(patch: Partial<AudioState>) {
    const next = { ...state, ...patch };
    if ((Object.keys(patch) as (keyof AudioState)[]).every((key) => next[key] === state[key])) return;
    state = next;
    listeners.forEach((listener) => listener());
  }

  const ready = (media: HTMLMediaElement | null): media is HTMLMediaElement => media !== null && media.readyState >= HAVE_METADATA;

  function startPlayback(media: HTMLMediaElement) {
    // play() rejects with AbortError when a new source interrupts it; the resume covers that.
    const result = media.play() as Promise<void> | undefined;
    result?.catch(() => {});
  }

  function apply(request: Pending) {
    if (!ready(element)) {
      pending = request;
      return;
    }
    pending = null;
    element.currentTime = request.ms / 1_000;
    set({ currentMs: request.ms });
    if (request.play) startPlayback(element);
  }

  function hold(media: HTMLMediaElement) {
    const ms = ready(media) ? media.currentTime * 1_000 : state.currentMs;
    pending = { ms: pending?.ms ?? ms, play: wantsToPlay };
    set({ playing: false });
  }

  function seek(ms: number, options: { play?: boolean } = {}) {
    const max = state.durationMs ?? Number.POSITIVE_INFINITY;
    const target = Math.min(Math.max(0, Number.isFinite(ms) ? ms : 0), max);
    if (options.play) wantsToPlay = true;
    set({ currentMs: target, engaged: true, playRequests: state.playRequests + (options.play ? 1 : 0) });
    apply({ ms: target, play: options.play || (pending?.play ?? false) });
  }

  function play() {
    wantsToPlay = true;
    set({ engaged: true, playRequests: state.playRequests + 1 });
    if (pending) pending = { ...pending, play: true };
    // Browsers accept play() before metadata and start as soon as they can.
    else if (element?.getAttribute('src')) startPlayback(element);
    else pending = { ms: state.currentMs, play: true };
  }

  function pause() {
    wantsToPlay = false;
    if (pending) pending = { ...pending, play: false };
    element?.pause();
  }

  return {
    getState: (): AudioState => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    /**
     * The player's <audio> element. Each signed URL gets a new element: the old one leaves its
     * position and play state behind (detach), the new one resumes there once it has metadata.
     */
    attach(media: HTMLMediaElement) {
      if (element && element !== media) hold(element);
      element = media;
      // A new source resets playbackRate to defaultPlaybackRate: set both.
      media.defaultPlaybackRate = state.rate;
      media.playbackRate = state.rate;
    },
    detach(media: HTMLMediaElement) {
      if (element !== media) return;
      hold(media);
      element = null;
    },
    /** Events from an element already replaced say nothing about what is heard now. */
    owns: (target: EventTarget | null) => target !== null && target === element,
    /** `loadedmetadata`: a waiting seek or resume happens now. */
    metadataLoaded(durationMs: number | null) {
      set({ durationMs });
      if (pending) apply(pending);
    },
    /** `timeupdate`, `seeked`, `durationchange`: the state follows what is heard. */
    sync(patch: Partial<Pick<AudioState, 'currentMs' | 'durationMs'>>) {
      set(patch);
      const gap = skipping && state.playing && patch.currentMs !== undefined ? gapToSkip(skipping, patch.currentMs) : null;
      if (gap) apply({ ms: gap.endMs - GAP_LEAD_MS, play: true });
    },
    /** Skip silence: while playing, a position inside one of `gaps` jumps to its end. */
    skipSilence(gaps: readonly Gap[] | null) {
      skipping = gaps;
    },
    /** `play`, `pause` and `ended`, including those from media keys or the OS. */
    playingChanged(playing: boolean, options: { failed?: boolean } = {}) {
      // A pause that comes with a failure is not the manager's wish: the resume plays on.
      if (!options.failed) wantsToPlay = playing;
      set(playing ? { playing, engaged: true } : { playing });
    },

    seek,
    /** A link to a moment: there, ready to play, its line shown. */
    reveal(ms: number) {
      seek(ms);
      set({ revealRequests: state.revealRequests + 1 });
    },
    play,
    pause,
    skip(deltaMs: number) {
      seek((ready(element) ? element.currentTime * 1_000 : state.currentMs) + deltaMs);
    },
    toggle() {
      if (state.playing || pending?.play) pause();
      else play();
    },
    setRate(rate: number) {
      set({ rate });
      if (element) {
        element.defaultPlaybackRate = rate;
        element.playbackRate = rate;
      }
    },
  };
}
