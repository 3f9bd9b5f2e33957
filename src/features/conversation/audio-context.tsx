import { createContext, use, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createAudioStore, type AudioState, type AudioStore } from './audio-store';

const AudioStoreContext = createContext<AudioStore | null>(null);

/** One playback per recording page: wrap everything that plays or follows the audio. */
export function AudioProvider({ children, store: given }: { children: ReactNode; store?: AudioStore }) {
  const [store] = useState(() => given ?? createAudioStore());
  return <AudioStoreContext value={store}>{children}</AudioStoreContext>;
}

/** The page's audio store; null outside an AudioProvider (a panel rendered on its own). */
export function useAudioStore(): AudioStore | null {
  return use(AudioStoreContext);
}

const idle: AudioState = { currentMs: 0, durationMs: null, playing: false, rate: 1, engaged: false, playRequests: 0 };
const noSubscription = () => () => {};

/**
 * A value derived from the playback state. Select something that changes rarely (a line
 * index, a boolean) and the component re-renders only when it changes, not on every tick.
 */
export function useStoreSelector<T>(store: AudioStore | null, select: (state: AudioState) => T): T {
  const read = () => select(store ? store.getState() : idle);
  return useSyncExternalStore(store ? store.subscribe : noSubscription, read, read);
}

export function useAudioSelector<T>(select: (state: AudioState) => T): T {
  return useStoreSelector(useAudioStore(), select);
}
