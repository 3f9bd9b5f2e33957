import type { useAudioSource } from '../hooks/use-audio-source';

type Props = { audio: ReturnType<typeof useAudioSource>; connectionLost?: boolean };

/**
 * Why there is no sound, in words, always with a way to try again: even Siro's own "no audio"
 * (still processing, say) may have changed by the time the manager asks.
 */
export function PlayerNotice({ audio, connectionLost = false }: Props) {
  let message: string | null = null;
  if (connectionLost) message = 'The connection was lost. Playback resumes when you are back online.';
  else if (audio.error) message = `The audio could not be loaded: ${audio.error.message}`;
  else if (audio.gaveUp) message = 'The audio could not be played.';
  else if (audio.source?.url === null) message = audio.source.message;
  else if (audio.loading) message = 'Loading audio…';
  const failed = message !== null && !audio.loading && !connectionLost;

  return (
    <p role="status" className="text-sm text-slate-700 empty:hidden">
      {message}
      {failed && (
        <>
          {' '}
          <button
            type="button"
            onClick={audio.retry}
            disabled={audio.fetching}
            className="font-medium text-brand-700 underline disabled:opacity-50"
          >
            {audio.fetching ? 'Trying again…' : 'Try again'}
          </button>
        </>
      )}
    </p>
  );
}
