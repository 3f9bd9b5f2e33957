import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { SIGNED_URL } from '@/testing/msw/conversation';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { answer } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';

import { AudioProvider } from '../audio-context';
import { createAudioStore } from '../audio-store';
import { SHORTCUTS_STORAGE_KEY } from '../hooks/use-player-shortcuts';
import AudioPlayer from './audio-player';

const signed = (expires = Date.now() + 900_000) =>
  HttpResponse.json({ data: { error: false, url: `sample-audio/rec-1.wav?expires=${expires}`, expiration: expires } });

const notYet = () => HttpResponse.json({ data: { error: true, errorMessage: 'The audio is not available until processing is complete.' } });
const MEDIA = { title: 'Roof replacement', artist: 'Dana Whitfield and Sophie Tremblay' };
const audioElement = () => document.querySelector('audio');

// jsdom has no media playback: the player must call these, and they must be all it relies on.
let play: MockInstance<HTMLMediaElement['play']>;
let pause: MockInstance<HTMLMediaElement['pause']>;

beforeEach(() => {
  tokenStore.signIn(DEMO_TOKEN, false);
  play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  pause = vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => {});
});
afterEach(() => tokenStore.signOut());

/** What a browser does once it has read the file's header: duration known, seeking possible. */
function loadMetadata(audio: HTMLAudioElement, seconds = 600) {
  Object.defineProperty(audio, 'readyState', { configurable: true, value: HTMLMediaElement.HAVE_METADATA });
  Object.defineProperty(audio, 'duration', { configurable: true, value: seconds });
  fireEvent.loadedMetadata(audio);
}

const player = (processing: boolean, store = createAudioStore()) => (
  <AudioProvider store={store}>
    <AudioPlayer recordingId="rec-1" processing={processing} media={MEDIA} />
  </AudioProvider>
);

async function renderPlayer(store = createAudioStore()) {
  const view = renderWithProviders(player(false, store));
  const audio = await waitFor(() => {
    const element = view.container.querySelector('audio');
    if (!element) throw new Error('no <audio> yet');
    return element;
  });
  return { store, audio, user: userEvent.setup(), unmount: view.unmount };
}

describe('AudioPlayer', () => {
  it.each([
    ['stalls while the device is offline', (audio: HTMLAudioElement) => fireEvent.stalled(audio)],
    ['waits for data while the device is offline', (audio: HTMLAudioElement) => fireEvent.waiting(audio)],
    [
      'fails with a network error while offline',
      (audio: HTMLAudioElement) => {
        Object.defineProperty(audio, 'error', { configurable: true, value: { code: 2 /* MEDIA_ERR_NETWORK */ } });
        fireEvent.error(audio);
      },
    ],
  ])('says the connection was lost when playback %s, and plays on once back online', async (_name, loseConnection) => {
    const sent = answer(SIGNED_URL, () => signed());
    const { audio, user } = await renderPlayer();
    loadMetadata(audio);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.play(audio);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

    loseConnection(audio);
    expect(await screen.findByText('The connection was lost. Playback resumes when you are back online.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(sent).toHaveLength(1);

    onLine.mockReturnValue(true);
    fireEvent(window, new Event('online'));
    await waitFor(() => expect(sent).toHaveLength(2));
    await waitFor(() => expect(audioElement()).not.toBe(audio));
    loadMetadata(audioElement()!);
    expect(play).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/connection was lost/)).not.toBeInTheDocument();
  });

  it('plays the signed URL through the API proxy, asking for metadata only', async () => {
    const sent = answer(SIGNED_URL, () => signed(1_900_000_000_000));
    const { audio } = await renderPlayer();
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.url.pathname).toBe('/api/siro/v1/core/recordings/rec-1/signedUrl');
    expect(new URL(audio.src).pathname).toBe('/api/siro/sample-audio/rec-1.wav');
    expect(new URL(audio.src).searchParams.get('expires')).toBe('1900000000000');
    expect(audio).toHaveAttribute('preload', 'metadata');
  });

  it('play and pause call the audio element, and the button follows its state', async () => {
    answer(SIGNED_URL, signed);
    const { audio, user } = await renderPlayer();
    loadMetadata(audio);

    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(play).toHaveBeenCalledTimes(1);
    fireEvent.play(audio);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(pause).toHaveBeenCalledTimes(1);
  });

  it('skips 15 s either way, seeks with the slider and sets the speed', async () => {
    answer(SIGNED_URL, signed);
    const { audio, user } = await renderPlayer();
    loadMetadata(audio);

    await user.click(screen.getByRole('button', { name: 'Forward 15 seconds' }));
    expect(audio.currentTime).toBe(15);
    await user.click(screen.getByRole('button', { name: 'Forward 15 seconds' }));
    await user.click(screen.getByRole('button', { name: 'Back 15 seconds' }));
    expect(audio.currentTime).toBe(15);

    fireEvent.change(screen.getByRole('slider', { name: 'Seek' }), { target: { value: '125' } });
    expect(audio.currentTime).toBe(125);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Playback speed' }), '1.5');
    expect(audio.playbackRate).toBe(1.5);
    expect(audio.defaultPlaybackRate).toBe(1.5);
  });

  it('answers K, J and L, but not while typing in a field', async () => {
    answer(SIGNED_URL, signed);
    const { audio, user } = await renderPlayer();
    loadMetadata(audio);
    audio.currentTime = 60;

    await user.keyboard('l');
    expect(audio.currentTime).toBe(75);
    await user.keyboard('j');
    expect(audio.currentTime).toBe(60);
    await user.keyboard('k');
    expect(play).toHaveBeenCalledTimes(1);

    const field = document.body.appendChild(document.createElement('input'));
    await user.click(field);
    await user.keyboard('kjl');
    expect(play).toHaveBeenCalledTimes(1);
    expect(audio.currentTime).toBe(60);
    field.remove();
  });

  it('lets the manager turn the shortcuts off, remembers that on this device, and on again', async () => {
    answer(SIGNED_URL, signed, signed);
    const first = await renderPlayer();
    loadMetadata(first.audio);
    await first.user.click(screen.getByRole('button', { name: 'Turn off keyboard shortcuts' }));

    await first.user.keyboard('ll');
    expect(first.audio.currentTime).toBe(0);
    expect(screen.getByRole('button', { name: 'Play' })).not.toHaveAttribute('aria-keyshortcuts');
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAccessibleDescription('Keyboard shortcuts are off.');
    expect(localStorage.getItem(SHORTCUTS_STORAGE_KEY)).toBe('off');

    first.unmount();
    const again = await renderPlayer();
    loadMetadata(again.audio);
    await again.user.keyboard('l');
    expect(again.audio.currentTime).toBe(0);
    await again.user.click(screen.getByRole('button', { name: 'Turn on keyboard shortcuts' }));
    await again.user.keyboard('l');
    expect(again.audio.currentTime).toBe(15);
    expect(localStorage.getItem(SHORTCUTS_STORAGE_KEY)).toBeNull();
  });

  it('ignores the shortcuts while there is no audio to play, so nothing is queued', async () => {
    answer(SIGNED_URL, notYet, signed);
    const store = createAudioStore();
    renderWithProviders(player(false, store));
    const user = userEvent.setup();
    await screen.findByText(/not available until processing is complete/);

    await user.keyboard('kl');
    expect(store.getState()).toMatchObject({ engaged: false, currentMs: 0, playRequests: 0 });

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const audio = await waitFor(() => audioElement() ?? Promise.reject(new Error('no <audio> yet')));
    loadMetadata(audio);
    expect(play).not.toHaveBeenCalled();
  });

  it('documents the shortcuts', async () => {
    answer(SIGNED_URL, signed);
    await renderPlayer();
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAccessibleDescription(/K play or pause, J back 15 s, L forward 15 s/);
  });

  it('when the URL fails, fetches a new one and resumes at the same time, still playing', async () => {
    const sent = answer(SIGNED_URL, signed, () => signed(Date.now() + 1_800_000));
    const { audio, store, user } = await renderPlayer();
    loadMetadata(audio);
    audio.currentTime = 42;
    await user.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.play(audio);
    expect(play).toHaveBeenCalledTimes(1);

    fireEvent.error(audio);

    const next = await waitFor(() => {
      const element = document.querySelector('audio');
      if (!element || element === audio) throw new Error('not replaced yet');
      return element;
    });
    expect(sent).toHaveLength(2);
    loadMetadata(next);
    expect(next.currentTime).toBe(42);
    expect(play).toHaveBeenCalledTimes(2);
    expect(store.getState().currentMs).toBe(42_000);
  });

  it('says why there is no audio when Siro has none, and can ask again', async () => {
    const sent = answer(SIGNED_URL, notYet, signed);
    renderWithProviders(player(false));
    expect(await screen.findByText(/The audio is not available until processing is complete\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(audioElement()).not.toBeNull());
    expect(sent).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('asks for the URL again as soon as the recording stops processing', async () => {
    const sent = answer(SIGNED_URL, notYet, signed);
    const view = renderWithProviders(player(true));
    expect(await screen.findByText(/not available until processing is complete/)).toBeInTheDocument();

    view.rerender(player(false));

    await waitFor(() => expect(audioElement()).not.toBeNull());
    expect(sent).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
  });

  it('offers Try again when the URL cannot be fetched', async () => {
    answer(SIGNED_URL, () => HttpResponse.json({ error: 'Not allowed' }, { status: 403 }), signed);
    renderWithProviders(player(false));
    expect(await screen.findByText(/The audio could not be loaded: Not allowed/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(audioElement()).not.toBeNull());
  });
});

describe('the pinned mini-player', () => {
  /** The player scrolled out of view, as IntersectionObserver would report it. */
  function playerScrolledAway() {
    const observers: ((entries: Partial<IntersectionObserverEntry>[]) => void)[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
          observers.push(callback);
        }
        observe() {
          observers.forEach((callback) => callback([{ isIntersecting: false }]));
        }
        disconnect() {}
      },
    );
  }
  afterEach(() => vi.unstubAllGlobals());

  it('pins play or pause and the time once the audio is on and the player out of view', async () => {
    playerScrolledAway();
    answer(SIGNED_URL, signed);
    const { audio, store, user } = await renderPlayer();
    loadMetadata(audio);
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();

    act(() => store.seek(75_000, { play: true }));
    fireEvent.play(audio);
    const bar = await screen.findByRole('region', { name: 'Now playing' });
    expect(bar).toHaveTextContent('1:15 / 10:00');
    await user.click(within(bar).getByRole('button', { name: 'Pause' }));
    expect(pause).toHaveBeenCalled();
    fireEvent.pause(audio);
    expect(within(bar).getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('unpins the bar once the audio cannot be played, new URLs and all', async () => {
    playerScrolledAway();
    answer(SIGNED_URL, () => signed());
    const { audio, store } = await renderPlayer();
    loadMetadata(audio);
    act(() => store.seek(5_000, { play: true }));
    fireEvent.play(audio);
    expect(await screen.findByRole('region', { name: 'Now playing' })).toBeInTheDocument();

    // Storage answers 404 for every URL it signs: each element fails in turn.
    let failing: HTMLAudioElement | null = audio;
    for (let attempt = 0; failing; attempt++) {
      const current: HTMLAudioElement = failing;
      Object.defineProperty(current, 'error', { configurable: true, value: { code: 4 /* MEDIA_ERR_SRC_NOT_SUPPORTED */ } });
      fireEvent.error(current);
      // A new URL, a new element; or the player gives up.
      failing = await waitFor(() => {
        if (screen.queryByText(/The audio could not be played/)) return null;
        const next = audioElement();
        if (!next || next === current) throw new Error('no new <audio> yet');
        return next;
      });
      expect(attempt).toBeLessThan(5);
    }
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();
  });

  it('pins nothing when there is no audio to play', async () => {
    playerScrolledAway();
    answer(SIGNED_URL, notYet);
    const store = createAudioStore();
    renderWithProviders(
      <AudioProvider store={store}>
        <AudioPlayer recordingId="rec-1" processing={false} media={MEDIA} />
      </AudioProvider>,
    );
    await screen.findByText(/not available until processing is complete/);
    act(() => store.seek(5_000, { play: true }));
    expect(screen.queryByRole('region', { name: 'Now playing' })).not.toBeInTheDocument();
  });
});
