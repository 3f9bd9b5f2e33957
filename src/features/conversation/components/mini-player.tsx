import { Pause, Play, RotateCcw } from 'lucide-react';

import { cn } from '@/components/ui/cn';
import { formatTimestamp } from '@/lib/format-timestamp';

import type { Utterance } from '../api/utterances-schema';
import { useStoreSelector } from '../audio-context';
import type { AudioStore } from '../audio-store';
import { SKIP_MS } from '../hooks/use-player-shortcuts';
import { activeLineIndex, visibleText } from '../transcript-lines';

type Props = { store: AudioStore; lines: readonly Utterance[] };

const button =
  'inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-full focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';

/**
 * The pause button always in reach: a slim bar pinned to the bottom of the screen while the
 * audio has been started and the player itself is scrolled away. Opaque, and a spacer of its
 * height ends the page, so it never hides content for good.
 */
export function MiniPlayer({ store, lines }: Props) {
  const playing = useStoreSelector(store, (state) => state.playing);
  const seconds = useStoreSelector(store, (state) => Math.floor(state.currentMs / 1_000));
  const durationMs = useStoreSelector(store, (state) => state.durationMs);
  const line = useStoreSelector(store, (state) => activeLineIndex(lines, state.currentMs));
  const said = line >= 0 && lines[line] ? visibleText(lines[line]) : '';
  const position = formatTimestamp(seconds * 1_000);
  const length = durationMs === null ? null : formatTimestamp(durationMs);

  return (
    <>
      <div aria-hidden="true" className="h-16 print:hidden" />
      <section
        aria-label="Now playing"
        className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white shadow-[0_-2px_8px_rgb(0_0_0/0.08)] print:hidden"
      >
        <div className="mx-auto flex h-16 max-w-5xl items-center gap-2 px-3">
          <button
            type="button"
            onClick={store.toggle}
            aria-label={playing ? 'Pause' : 'Play'}
            className={cn(button, 'bg-brand-600 text-white hover:bg-brand-700')}
          >
            {playing ? <Pause aria-hidden="true" size={20} /> : <Play aria-hidden="true" size={20} />}
          </button>
          <button
            type="button"
            onClick={() => store.skip(-SKIP_MS)}
            aria-label={`Back ${SKIP_MS / 1_000} seconds`}
            className={cn(button, 'text-slate-700 hover:bg-slate-100')}
          >
            <RotateCcw aria-hidden="true" size={18} />
          </button>
          <p className="min-w-0 flex-1 text-sm">
            <span className="block text-slate-600 tabular-nums">
              <span className="sr-only">Position </span>
              {position}
              {length && ` / ${length}`}
            </span>
            {said && (
              <span dir="auto" className="block truncate text-slate-900">
                {said}
              </span>
            )}
          </p>
        </div>
      </section>
    </>
  );
}
