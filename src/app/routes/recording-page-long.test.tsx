import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { stubDownload } from '@/testing/download';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { recordingPage, wholePage } from '@/testing/recording-page';
import { renderWithProviders } from '@/testing/render';

import { MANY_EXTRACTIONS_RECORDING_ID } from '../../../sample-api/ids.ts';

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => {
  tokenStore.signOut();
  vi.restoreAllMocks();
});

const renderLong = async () => {
  renderWithProviders(recordingPage({ id: MANY_EXTRACTIONS_RECORDING_ID }));
  await screen.findByRole('heading', { level: 1, name: 'Castillo – full solar site survey' });
  await wholePage();
  const panel = screen.getByRole('region', { name: 'Entity extractions' });
  // Its code and the share actions' load as they come near (at once here, without IntersectionObserver).
  await within(panel).findByRole('searchbox', { name: 'Filter extractions' });
  await screen.findByRole('button', { name: 'Export CSV' });
  return panel;
};

describe('RecordingPage: a recording with 400 extractions', () => {
  it('shows the first ten, and exports all 400', async () => {
    const user = userEvent.setup();
    const download = stubDownload();
    const panel = await renderLong();
    expect(within(panel).getAllByRole('article')).toHaveLength(10);
    expect(within(panel).getByRole('button', { name: 'Show all 400 extractions' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const { text } = await download.file();
    // A header, then one row per extraction (each has one value or none): the last too, though not on screen.
    expect(text.trim().split('\r\n')).toHaveLength(401);
    expect(text).toContain('Opportunity.Site_Survey_0400__c');
  });

  it('exports all 400 as JSON, whatever the filter shows', async () => {
    const user = userEvent.setup();
    const download = stubDownload();
    const panel = await renderLong();
    await user.type(within(panel).getByRole('searchbox', { name: 'Filter extractions' }), 'failed');
    expect(await within(panel).findByText('10 of 400 extractions match.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    const { text } = await download.file();
    expect((JSON.parse(text) as { entityExtractions: unknown[] }).entityExtractions).toHaveLength(400);
  });
});
