import { createContext, use, useState, useSyncExternalStore, type ReactNode } from 'react';

import { createAudioStore, type AudioState, type AudioStore } from './audio-store';

const AudioStoreContext = createContext<AudioStore | null>(null);

/** One playback per recording page: wrap everything that plays or follows the audio. */
export function AudioProvider({ children, store: given }: { children: ReactNode; store?: AudioStore }) {
  const [store] = useState(() => given ?? createAudioStore());
  return <AudioStoreContext value={store}>{children}</AudioStoreContext>;
}

/** The page's audio store. */
export function useAudioStore(): AudioStore {
  const store = use(AudioStoreContext);
  if (!store) throw new Error('useAudioStore needs an AudioProvider around it.');
  return store;
}

/**
 * A value derived from the playback state. Select something that changes rarely (a line
 * index, a boolean) and the component re-renders only when it changes, not on every tick.
 */
export function useStoreSelector<T>(store: AudioStore, select: (state: AudioState) => T): T {
  const read = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}

export function useAudioSelector<T>(select: (state: AudioState) => T): T {
  return useStoreSelector(useAudioStore(), select);
}
