import type { useAudioSource } from '../hooks/use-audio-source';

type Props = { audio: ReturnType<typeof useAudioSource> };

/** Why there is no sound, in words, with a way to try again where trying again can help. */
export function PlayerNotice({ audio }: Props) {
  let message: string | null = null;
  let canRetry = true;
  if (audio.error) message = `The audio could not be loaded: ${audio.error.message}`;
  else if (audio.gaveUp) message = 'The audio could not be played.';
  else if (audio.source?.url === null) {
    message = audio.source.message;
    canRetry = false;
  } else if (audio.loading) message = 'Loading audio…';

  return (
    <p role="status" className="text-sm text-slate-700 empty:hidden">
      {message}
      {message && canRetry && !audio.loading && (
        <>
          {' '}
          <button type="button" onClick={audio.retry} className="font-medium text-brand-700 underline">
            Try again
          </button>
        </>
      )}
    </p>
  );
}
