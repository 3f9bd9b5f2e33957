import { LocateFixed } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { useAudioSelector, useAudioStore } from '@/features/conversation/audio-context';
import { useRovingFocus } from '@/hooks/use-roving-focus';

import type { Utterance } from '../api/utterances-schema';
import { useFollowAlong } from '../hooks/use-follow-along';
import { useTranscriptSearch } from '../hooks/use-transcript-search';
import type { SearchStatus } from '../search';
import { markersByLine, type SeekMarker } from '../seek-markers';
import { speakersFor } from '../speakers';
import { activeLineIndex } from '../transcript-lines';
import { TranscriptLine, type LineAction } from './transcript-line';
import { TranscriptSearch } from './transcript-search';

type Props = {
  lines: readonly Utterance[];
  speakerNames: ReadonlyMap<string, string>;
  speakerTags: readonly string[];
  status: SearchStatus;
  /** Asks again for the page that failed. */
  onLoadRest: () => void;
  markers?: readonly SeekMarker[];
  lineAction?: LineAction;
};

const NO_MARKERS: readonly SeekMarker[] = [];

export function TranscriptView({ lines, speakerNames, speakerTags, status, onLoadRest, markers = NO_MARKERS, lineAction }: Props) {
  const store = useAudioStore();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [bar, setBar] = useState<HTMLDivElement | null>(null);
  const { following, follow, unfollow, bringIntoView } = useFollowAlong(container, store, bar);
  const search = useTranscriptSearch(lines, status);
  const speakers = useMemo(() => speakersFor(speakerTags, speakerNames), [speakerTags, speakerNames]);
  const lineMarkers = useMemo(
    () =>
      markersByLine(
        lines.map((line) => line.startMs),
        markers,
      ),
    [lines, markers],
  );
  // Re-renders when the line being heard changes, not on every time update.
  const active = useAudioSelector((state) => (state.engaged ? activeLineIndex(lines, state.currentMs) : -1));
  const engaged = useAudioSelector((state) => state.engaged);
  const reveals = useAudioSelector((state) => state.revealRequests);
  const [list, setList] = useState<HTMLOListElement | null>(null);
  useRovingFocus(list, active);

  // A line plays from where it starts, as a quote does.
  const onSeek = useCallback(
    (ms: number) => {
      follow();
      store.seek(ms, { play: true });
    },
    [follow, store],
  );

  // A link to a moment: its line in view on the page, once the pages up to it are in.
  const revealed = useRef(0);
  const settling = useRef<(() => void) | null>(null);
  const settled = status === 'complete' || active < lines.length - 1;
  useEffect(() => {
    if (!container || !store || reveals === revealed.current || active < 0 || !settled) return;
    // Links hold whole seconds: words starting within that second are the ones meant.
    const at = store.getState().currentMs;
    const meant = lines.find((line) => line.startMs > at && line.startMs < at + 1_000);
    if (meant) return store.seek(meant.startMs);
    const line = container.querySelector<HTMLElement>(`[data-line="${active}"]`);
    if (!line) return;
    revealed.current = reveals;
    settling.current?.();
    settling.current = holdInView(line);
  }, [container, store, lines, reveals, active, settled]);
  useEffect(() => () => settling.current?.(), []);

  useEffect(() => {
    if (!container || !following || active < 0) return;
    const line = container.querySelector<HTMLElement>(`[data-line="${active}"]`);
    if (line) bringIntoView(line);
  }, [container, following, active, bringIntoView]);

  const { searching, stepKey } = search;
  useEffect(() => {
    if (!container || !searching) return;
    const mark = container.querySelector<HTMLElement>('mark[data-current]');
    if (mark) bringIntoView(mark);
  }, [container, searching, stepKey, bringIntoView]);

  const currentMatch = search.current;
  return (
    <div className="space-y-3">
      {/* On a phone the transcript is part of the page, its search bar pinned while it is on screen; a wide screen gives it a box. */}
      <div
        ref={setBar}
        className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-2 border-b border-slate-200 bg-white px-4 py-2 sm:static sm:mx-0 sm:border-0 sm:p-0 print:hidden"
      >
        <TranscriptSearch search={search} onNavigate={unfollow} onRetry={onLoadRest} />
        {engaged && !following && (
          <button
            type="button"
            onClick={follow}
            title="Follow along"
            className="inline-flex min-h-9 min-w-9 items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 sm:px-2.5"
          >
            <LocateFixed aria-hidden="true" size={16} />
            {/* An icon on a phone (its name in the title), so the pinned bar stays one row. */}
            <span className="sr-only sm:not-sr-only">Follow along</span>
          </button>
        )}
      </div>
      {/* On paper, the whole conversation: no scroll box. */}
      <div
        ref={setContainer}
        className="relative rounded-md border border-slate-100 sm:max-h-[65vh] sm:overflow-y-auto sm:overscroll-contain print:max-h-none print:overflow-visible print:border-0"
      >
        <ol
          ref={setList}
          aria-label="Transcript lines"
          // A line focused on a phone stops below the pinned search bar, not under it.
          className="space-y-0.5 p-1 [&_[data-line]]:scroll-mt-16 sm:[&_[data-line]]:scroll-mt-0"
        >
          {lines.map((line, index) => (
            <TranscriptLine
              key={index}
              line={line}
              index={index}
              count={lines.length}
              speaker={speakers.get(line.speakerTag)!}
              active={index === active}
              matches={search.byLine.get(index)}
              currentMatch={currentMatch?.line === index ? search.index : -1}
              onSeek={onSeek}
              markers={lineMarkers.get(index)}
              action={lineAction}
            />
          ))}
        </ol>
      </div>
    </div>
  );
}

/** How long panels loading above may still push a revealed line out of view. */
const SETTLE_MS = 3_000;

/**
 * Brings `line` into view on the page and keeps it there while the page settles (lazy panels
 * above it load and grow), until the manager scrolls or presses a key. Returns a stop function.
 */
function holdInView(line: HTMLElement): () => void {
  const show = () => line.scrollIntoView?.({ block: 'center' });
  show();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(show);
  observer.observe(document.body);
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, SETTLE_MS);
  for (const type of events) window.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
