import { useCallback, type SyntheticEvent } from 'react';
import { useAudioStore } from '../audio-context';
import { useAudioSource } from '../hooks/use-audio-source';
import { useConnectionLoss } from '../hooks/use-connection-loss';
import { usePlayerShortcuts, useShortcutsSetting } from '../hooks/use-player-shortcuts';
import { PlayerControls } from './player-controls';
import type { SeekMarker } from '../seek-markers';
import { PlayerNotice } from './player-notice';

type Props = { recordingId: string; processing: boolean; markers?: readonly SeekMarker[] };

const seconds = (media: HTMLMediaElement) => (Number.isFinite(media.duration) ? media.duration * 1_000 : null);

/** The recording's audio: one <audio> per signed URL, the controls, and what to do when it fails. */
export default function AudioPlayer({ recordingId, processing, markers }: Props) {
  const store = useAudioStore();
  const audio = useAudioSource(recordingId, store, processing);
  const [shortcuts, setShortcuts] = useShortcutsSetting();
  const url = audio.source?.url ?? null;
  usePlayerShortcuts(store, shortcuts && url !== null);
  const connection = useConnectionLoss(store, audio.retry);

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
    <div className="space-y-2">
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
      <PlayerControls store={store} disabled={!url} shortcuts={shortcuts} onShortcutsChange={setShortcuts} markers={markers} />
      <PlayerNotice audio={audio} connectionLost={connection.lost} />
    </div>
  );
}
