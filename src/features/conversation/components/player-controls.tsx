import { Pause, Play, RotateCcw, RotateCw } from 'lucide-react';
import { useId } from 'react';

import { cn } from '@/components/ui/cn';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { Switch } from '@/components/ui/switch';
import { formatTimestamp } from '@/lib/format-timestamp';
import { momentUrl } from '@/lib/moment-url';

import { useStoreSelector } from '../audio-context';
import type { AudioStore } from '../audio-store';
import { SHORTCUTS, SKIP_MS } from '../hooks/use-player-shortcuts';
import type { SeekMarker } from '../seek-markers';
import type { Gap } from '../silence';
import { SeekMarkerButton } from './seek-marker-button';

const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2];
const iconButton =
  'inline-flex h-10 items-center justify-center gap-0.5 rounded-full px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 ' +
  'focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50';

type Props = {
  store: AudioStore;
  disabled: boolean;
  shortcuts: boolean;
  onShortcutsChange: (on: boolean) => void;
  markers?: readonly SeekMarker[];
  skipSilence: boolean;
  onSkipSilenceChange: (on: boolean) => void;
  /** The silences Skip silence jumps over, drawn under the seek bar. */
  gaps: readonly Gap[];
};

const percent = (ms: number, durationMs: number) => `${Math.min(100, Math.max(0, (ms / durationMs) * 100))}%`;

export function PlayerControls(props: Props) {
  const { store, disabled, shortcuts, onShortcutsChange, skipSilence, onSkipSilenceChange, gaps, markers } = props;
  const { currentMs, durationMs, playing, rate } = useStoreSelector(store, (state) => state);
  const helpId = useId();
  const skipSeconds = SKIP_MS / 1_000;
  const position = formatTimestamp(currentMs);
  const length = durationMs === null ? '–:––' : formatTimestamp(durationMs);

  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex items-center gap-1">
          <button
            type="button"
            className={iconButton}
            disabled={disabled}
            onClick={() => store.skip(-SKIP_MS)}
            aria-label={`Back ${skipSeconds} seconds`}
            aria-keyshortcuts={shortcuts ? SHORTCUTS.back : undefined}
            aria-describedby={helpId}
          >
            <RotateCcw aria-hidden="true" size={18} />
            {skipSeconds}
          </button>
          <button
            type="button"
            disabled={disabled}
            onClick={store.toggle}
            aria-label={playing ? 'Pause' : 'Play'}
            aria-keyshortcuts={shortcuts ? SHORTCUTS.toggle : undefined}
            aria-describedby={helpId}
            className={cn(iconButton, 'w-10 bg-brand-600 text-white hover:bg-brand-700')}
          >
            {playing ? <Pause aria-hidden="true" size={18} /> : <Play aria-hidden="true" size={18} />}
          </button>
          <button
            type="button"
            className={iconButton}
            disabled={disabled}
            onClick={() => store.skip(SKIP_MS)}
            aria-label={`Forward ${skipSeconds} seconds`}
            aria-keyshortcuts={shortcuts ? SHORTCUTS.forward : undefined}
            aria-describedby={helpId}
          >
            {skipSeconds}
            <RotateCw aria-hidden="true" size={18} />
          </button>
        </div>
        <div className="flex min-w-0 flex-1 basis-56 items-center gap-2 text-sm text-slate-700 tabular-nums">
          <span aria-hidden="true">{position}</span>
          <div className="relative flex min-w-0 flex-1 items-center">
            <input
              type="range"
              aria-label="Seek"
              min={0}
              max={durationMs === null ? 0 : durationMs / 1_000}
              step="any"
              value={Math.min(currentMs, durationMs ?? 0) / 1_000}
              aria-valuetext={`${position} of ${length}`}
              disabled={disabled || !durationMs}
              onChange={(event) => store.seek(Number(event.target.value) * 1_000)}
              className="h-6 min-w-0 flex-1 cursor-pointer accent-brand-600 disabled:cursor-not-allowed"
            />
            {durationMs !== null && durationMs > 0 && markers && markers.length > 0 && (
              // On the track itself, adding no height: the player stuck to the top stays short.
              <ul aria-label="Marked moments" className="pointer-events-none absolute inset-x-3 top-1/2 h-6 -translate-y-1/2">
                {markers.map((marker) => (
                  <li
                    key={marker.id}
                    className="absolute top-0 -translate-x-1/2 focus-within:z-10 hover:z-10"
                    style={{ left: `${Math.min(100, Math.max(0, (marker.atMs / durationMs) * 100))}%` }}
                  >
                    <SeekMarkerButton marker={marker} onSeek={(ms) => store.seek(ms)} className="pointer-events-auto" />
                  </li>
                ))}
              </ul>
            )}
            {durationMs !== null && durationMs > 0 && gaps.length > 0 && (
              // Just under the native track, which starts and ends half a thumb in from the edges.
              <span aria-hidden="true" className="pointer-events-none absolute inset-x-2 top-[1.125rem] h-1">
                {gaps.map((gap) => (
                  <span
                    key={gap.startMs}
                    className="absolute inset-y-0 rounded-sm bg-slate-300"
                    style={{ left: percent(gap.startMs, durationMs), right: `calc(100% - ${percent(gap.endMs, durationMs)})` }}
                  />
                ))}
              </span>
            )}
          </div>
          <span aria-hidden="true">{length}</span>
        </div>
        <div className="flex items-center gap-2 text-sm text-slate-700">
          <span aria-hidden="true">Speed</span>
          <select
            aria-label="Playback speed"
            value={rate}
            onChange={(event) => store.setRate(Number(event.target.value))}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {RATES.map((value) => (
              <option key={value} value={value}>
                {value}×
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <Switch label="Skip silence" checked={skipSilence} onChange={onSkipSilenceChange} />
        {skipSilence && gaps.length > 0 && (
          <span className="text-xs text-slate-600">{gaps.length === 1 ? '1 silence' : `${gaps.length} silences`} of over 2 s skipped</span>
        )}
        <CopyLinkButton
          url={() => momentUrl(window.location, store.getState().currentMs)}
          label={`Copy link at this moment (${position})`}
          text="Copy link at this moment"
        />
      </div>
      {/* A phone has no keyboard to take shortcuts from: no help about them there. */}
      <p className="text-xs text-slate-600 pointer-coarse:hidden">
        {shortcuts ? (
          <span id={helpId}>
            Keyboard, when not typing: <kbd className="font-sans font-semibold">K</kbd> play or pause,{' '}
            <kbd className="font-sans font-semibold">J</kbd> back {skipSeconds} s, <kbd className="font-sans font-semibold">L</kbd> forward{' '}
            {skipSeconds} s.
          </span>
        ) : (
          <span id={helpId}>Keyboard shortcuts are off.</span>
        )}{' '}
        <button
          type="button"
          onClick={() => onShortcutsChange(!shortcuts)}
          aria-label={shortcuts ? 'Turn off keyboard shortcuts' : 'Turn on keyboard shortcuts'}
          className="inline-flex min-h-6 min-w-11 items-center justify-center font-medium text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          {shortcuts ? 'Turn off' : 'Turn on'}
        </button>
      </p>
    </>
  );
}
