import { useCallback, useRef, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';

import { useInViewport } from '@/hooks/use-in-viewport';
import { formatTimestamp } from '@/lib/format-timestamp';

import { useAudioStore, useStoreSelector } from '../audio-context';
import { useAudioSource } from '../hooks/use-audio-source';
import { useConnectionLoss } from '../hooks/use-connection-loss';
import { useListeningReport } from '../hooks/use-listening-report';
import { useMediaSession, type MediaInfo } from '../hooks/use-media-session';
import { usePlayerShortcuts, useShortcutsSetting } from '../hooks/use-player-shortcuts';
import { useResume } from '../hooks/use-resume';
import { useSkipSilence } from '../hooks/use-skip-silence';
import type { SeekMarker } from '../seek-markers';
import { MiniPlayer } from './mini-player';
import { PlayerControls } from './player-controls';
import { PlayerNotice } from './player-notice';

type Props = { recordingId: string; processing: boolean; media: MediaInfo; markers?: readonly SeekMarker[] };

const seconds = (media: HTMLMediaElement) => (Number.isFinite(media.duration) ? media.duration * 1_000 : null);

/** The recording's audio: one <audio> per signed URL, the controls, and what to do when it fails. */
export default function AudioPlayer({ recordingId, processing, media, markers }: Props) {
  const store = useAudioStore();
  const audio = useAudioSource(recordingId, store, processing);
  const [shortcuts, setShortcuts] = useShortcutsSetting();
  const url = audio.source?.url ?? null;
  usePlayerShortcuts(store, shortcuts && url !== null);
  const connection = useConnectionLoss(store, audio.retry);
  useMediaSession(store, media, url !== null);
  useListeningReport(recordingId, store);
  const silence = useSkipSilence(recordingId, processing, store);
  const resume = useResume(recordingId, store);
  const engaged = useStoreSelector(store, (state) => state.engaged);
  const box = useRef<HTMLDivElement>(null);
  const inView = useInViewport(box);

  // Only the element currently attached may move the shared state.
  const on = (handler: (media: HTMLMediaElement) => void) => (event: SyntheticEvent<HTMLAudioElement>) => {
    if (store.owns(event.currentTarget)) handler(event.currentTarget);
  };
  const { onError } = audio;
  const attach = useCallback(
    (media: HTMLAudioElement) => {
      store.attach(media);
      // React sets src before it commits, and events before then were not ours to take: a
      // fast answer may already have brought the metadata, or the failure.
      if (media.error) onError();
      else if (media.readyState >= HTMLMediaElement.HAVE_METADATA) store.metadataLoaded(seconds(media));
      return () => store.detach(media);
    },
    [store, onError],
  );

  return (
    <div ref={box} className="space-y-2">
      {url && (
        // The transcript beside it is the text alternative; captions do not exist for these calls.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <audio
          key={audio.key}
          ref={attach}
          src={url}
          preload="metadata"
          onLoadedMetadata={on((media) => store.metadataLoaded(seconds(media)))}
          onDurationChange={on((media) => store.sync({ durationMs: seconds(media) }))}
          onTimeUpdate={on((media) => store.sync({ currentMs: media.currentTime * 1_000 }))}
          onSeeked={on((media) => store.sync({ currentMs: media.currentTime * 1_000 }))}
          onPlay={on(() => store.playingChanged(true))}
          onPlaying={on(connection.onPlaying)}
          onStalled={on(connection.onStarved)}
          onWaiting={on(connection.onStarved)}
          onPause={on((media) => {
            store.playingChanged(false, { failed: media.error !== null });
            audio.onPause();
          })}
          onEnded={on(() => store.playingChanged(false))}
          onCanPlay={on(audio.onPlayable)}
          onError={on((media) => connection.onNetworkError(media) || audio.onError())}
        />
      )}
      <PlayerControls
        store={store}
        disabled={!url}
        shortcuts={shortcuts}
        onShortcutsChange={setShortcuts}
        skipSilence={silence.on}
        onSkipSilenceChange={silence.setOn}
        gaps={silence.gaps}
        markers={markers}
      />
      {url && resume.offer !== null && (
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          You stopped at {formatTimestamp(resume.offer)} last time.
          <button
            type="button"
            onClick={resume.accept}
            className="min-h-6 font-medium text-brand-700 underline focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            Continue from {formatTimestamp(resume.offer)}
          </button>
          <button
            type="button"
            onClick={resume.dismiss}
            className="min-h-6 text-slate-600 underline focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            Start from the beginning
          </button>
        </p>
      )}
      <PlayerNotice audio={audio} connectionLost={connection.lost} />
      {/* Only a player that can play is pinned; at the end of the page, so its spacer moves nothing. */}
      {url && !audio.gaveUp && engaged && !inView && createPortal(<MiniPlayer store={store} lines={silence.lines} />, document.body)}
    </div>
  );
}
