import { createContext, use, useState, useSyncExternalStore, type ReactNode } from 'react';

// Where a new comment will be pinned, shared by the transcript's line buttons (in the main
// bundle) and the Comments panel's form (loaded on demand): a line's button opens the form.

/** The moment a new thread starts at: the playback time, or the lines picked in the transcript. */
export type Anchor = { startMs: number; endMs: number; fromLines: boolean; /** Lines picked, when fromLines. */ lines: number };
export type ComposerState = { anchor: Anchor | null; /** Bumped by each request to bring the form into view. */ focusRequests: number };

export type Composer = ReturnType<typeof createComposer>;

export function createComposer() {
  let state: ComposerState = { anchor: null, focusRequests: 0 };
  const listeners = new Set<() => void>();
  const set = (next: ComposerState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    openAt(ms: number) {
      set({ anchor: { startMs: ms, endMs: ms, fromLines: false, lines: 0 }, focusRequests: state.focusRequests + 1 });
    },
    /** A line's button: the first picks the line, the next ones stretch the range to them. */
    pickLine(startMs: number, endMs: number) {
      const current = state.anchor;
      const inside = current?.fromLines === true && startMs >= current.startMs && startMs <= current.endMs;
      const anchor = current?.fromLines
        ? {
            startMs: Math.min(current.startMs, startMs),
            endMs: Math.max(current.endMs, endMs),
            fromLines: true,
            lines: current.lines + (inside ? 0 : 1),
          }
        : { startMs, endMs, fromLines: true, lines: 1 };
      // Stretching a range keeps the manager in the transcript; a new one brings the form up.
      set({ anchor, focusRequests: state.focusRequests + (current?.fromLines ? 0 : 1) });
    },
    close() {
      set({ ...state, anchor: null });
    },
  };
}

const ComposerContext = createContext<Composer | null>(null);

export function CommentsProvider({ children }: { children: ReactNode }) {
  const [composer] = useState(createComposer);
  return <ComposerContext value={composer}>{children}</ComposerContext>;
}

export function useComposer(): Composer {
  const composer = use(ComposerContext);
  if (!composer) throw new Error('useComposer needs a CommentsProvider around it');
  return composer;
}

export function useComposerState<T>(select: (state: ComposerState) => T): T {
  const composer = useComposer();
  return useSyncExternalStore(composer.subscribe, () => select(composer.getState()));
}
