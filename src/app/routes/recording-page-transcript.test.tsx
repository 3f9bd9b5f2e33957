import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { tokenStore } from '@/lib/token-store';
import { AudioProvider } from '@/features/conversation/audio-context';
import { RecordingPage } from './recording-page';
import { PANELS } from '@/features/recordings/panels';
import { jsonResponse } from '@/testing/http';
import { ALL_PANELS_ON, rawRecording, RECORDING_ID } from '@/testing/recording-fixtures';
import { renderWithProviders } from '@/testing/render';

/** Answers by endpoint, whatever order the page asks in, and records what it asked. */
function stubApi() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const { pathname } = new URL(String(input), window.location.origin);
    if (pathname.endsWith('/utterances')) {
      return jsonResponse({ data: { utterances: [{ utterance: 'Hello Dana.', startTimeInMillis: 1_000, endTimeInMillis: 2_000, speakerTag: '0', redacted: false }], speakerMap: { 0: 'Rep' } }, cursor: null });
    }
    if (pathname.startsWith('/api/siro/v2/')) {
      return jsonResponse({ data: [{ id: 's1', promptHeader: 'Key points', promptResponse: 'Wants a quote.', summaryResultIndex: 0, quotes: [] }] });
    }
    if (pathname.endsWith('/signedUrl')) return jsonResponse({ data: { error: false, url: 'sample-audio/x.wav?expires=1', expiration: 1 } });
    return jsonResponse({ data: rawRecording() });
  });
}

beforeEach(() => tokenStore.signIn('t', false));
afterEach(() => tokenStore.signOut());

describe('RecordingPage with the transcript and audio', () => {
  it('adds the Transcript switch, panel, player and summary sections; the recording request keeps only API flags', async () => {
    const fetchMock = stubApi();
    renderWithProviders(
      <AudioProvider>
        <RecordingPage id={RECORDING_ID} flags={ALL_PANELS_ON} uiFlags={{ showTranscript: true, showAsk: false }} onToggle={() => {}} />
      </AudioProvider>,
    );
    // Lazy chunks: the first import is transformed on the fly under Vitest, which takes a while.
    expect(await screen.findByRole('button', { name: /Hello Dana/ }, { timeout: 5_000 })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Key points' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Transcript' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('region', { name: 'Audio' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Play' }, { timeout: 5_000 })).toBeInTheDocument();

    const recordingCalls = fetchMock.mock.calls
      .map(([input]) => new URL(String(input), window.location.origin))
      .filter((url) => url.pathname === `/api/siro/v1/core/recordings/${RECORDING_ID}`);
    expect(recordingCalls).toHaveLength(1);
    expect([...recordingCalls[0]!.searchParams.keys()].sort()).toEqual(PANELS.map(({ flag }) => flag).sort());
  });

  it('with the transcript off and the summary off, shows neither transcript nor player', async () => {
    stubApi();
    renderWithProviders(
      <AudioProvider>
        <RecordingPage id={RECORDING_ID} flags={{ ...ALL_PANELS_ON, showSummary: false }} uiFlags={{ showTranscript: false, showAsk: false }} onToggle={() => {}} />
      </AudioProvider>,
    );
    expect(await screen.findByRole('region', { name: 'CRM customer' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Transcript' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByRole('region', { name: 'Transcript' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Audio' })).not.toBeInTheDocument();
  });
});
