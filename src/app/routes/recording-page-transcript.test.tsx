import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PANELS } from '@/features/recordings/panels';
import { tokenStore } from '@/lib/token-store';
import { SIGNED_URL } from '@/testing/msw/conversation';
import { RECORDING } from '@/testing/msw/recordings';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { watchRequests } from '@/testing/msw/server';
import { ALL_PANELS_ON } from '@/testing/recording-fixtures';
import { recordingPage } from '@/testing/recording-page';
import { renderWithProviders } from '@/testing/render';

import { COMPLETE_SALE_RECORDING_ID } from '../../../sample-api/ids.ts';

// The sample API's complete sale, as the page gets it: recording, transcript, sections, audio URL.
const id = COMPLETE_SALE_RECORDING_ID;

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('RecordingPage with the transcript and audio', () => {
  it('adds the Transcript switch, panel, player and summary sections; the recording request keeps only API flags', async () => {
    const recordingRequests = watchRequests(RECORDING);
    renderWithProviders(recordingPage({ id, uiFlags: { showTranscript: true } }));
    expect(await screen.findByRole('button', { name: /Marcus Bell with Keystone/ })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Key points' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Transcript' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('region', { name: 'Audio' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Play' })).toBeInTheDocument();

    expect(recordingRequests).toHaveLength(1);
    expect([...recordingRequests[0]!.url.searchParams.keys()].sort()).toEqual(PANELS.map(({ flag }) => flag).sort());
  });

  it('with the transcript off and the summary off, shows no transcript, and the player all the same', async () => {
    const signedUrls = watchRequests(SIGNED_URL);
    renderWithProviders(
      recordingPage({
        id,
        flags: { ...ALL_PANELS_ON, showSummary: false },
        uiFlags: { showTranscript: false, showAsk: false, showComments: false, showMoments: false },
      }),
    );
    expect(await screen.findByRole('region', { name: 'CRM customer' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Transcript' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByRole('region', { name: 'Transcript' })).not.toBeInTheDocument();
    // Nothing on the page plays: the player loads when asked, not before.
    expect(screen.getByRole('region', { name: 'Audio' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Play the recording' })).toBeInTheDocument();
    expect(signedUrls).toHaveLength(0);
  });
});
