import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { PanelFlags } from '@/features/recordings/panels';
import { tokenStore } from '@/lib/token-store';
import { VIEWED } from '@/testing/msw/engagement';
import { RECORDING } from '@/testing/msw/recordings';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { answer, watchRequests } from '@/testing/msw/server';
import { ALL_PANELS_ON, rawRecording, RECORDING_ID } from '@/testing/recording-fixtures';
import { recordingPage, wholePage } from '@/testing/recording-page';
import { renderWithProviders } from '@/testing/render';

const renderPage = (flags: PanelFlags = ALL_PANELS_ON) => renderWithProviders(recordingPage({ flags }));
const ok = () => HttpResponse.json({ data: rawRecording({ title: 'Kitchen visit with Dana' }) });
const title = async () => {
  const heading = await screen.findByRole('heading', { level: 1, name: 'Kitchen visit with Dana' });
  await wholePage();
  return heading;
};

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('RecordingPage', () => {
  it('shows a skeleton, then the recording and every panel', async () => {
    answer(RECORDING, ok);
    renderPage();
    expect(screen.getByText('Loading recording…').parentElement).toHaveAttribute('aria-busy', 'true');
    expect(await title()).toBeInTheDocument();
    for (const name of ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
  });

  it("with the comments on, settles: composing the player's and transcript's markers does not keep rendering the page", async () => {
    answer(RECORDING, ok);
    let renders = 0;
    renderWithProviders(
      <Profiler id="page" onRender={() => void renders++}>
        {recordingPage({ uiFlags: { showComments: true } })}
      </Profiler>,
    );
    await title();
    await screen.findByRole('button', { name: 'Add comment' });
    // Some renders are still to come (answers, lazy code); then none. An endless round never stops.
    let before = -1;
    for (let round = 0; round < 20 && renders !== before; round++) {
      before = renders;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(renders, 'the page stopped rendering').toBe(before);
  });

  it('tells Siro the recording was viewed, once, after it loaded, never when it failed', async () => {
    answer(RECORDING, ok);
    const viewed = watchRequests(VIEWED);
    renderPage();
    await title();
    await waitFor(() => expect(viewed).toHaveLength(1));
    expect(viewed[0]).toMatchObject({ method: 'PUT' });
    expect(viewed[0]?.url.pathname).toBe(`/api/siro/v1/core/recordings/${RECORDING_ID}/viewed`);
  });

  it('says nothing to Siro about a recording that did not load', async () => {
    answer(RECORDING, () => HttpResponse.json({ error: 'Not found' }, { status: 404 }));
    const viewed = watchRequests(VIEWED);
    renderPage();
    await screen.findByRole('heading', { level: 1 });
    expect(viewed).toHaveLength(0);
  });

  it('names the tab after the recording once it shows, so a manager with many tabs finds it', async () => {
    answer(RECORDING, ok);
    renderPage();
    expect(document.title).toBe('Loading recording… · Siro');
    await title();
    expect(document.title).toBe('Kitchen visit with Dana · Siro');
  });

  it('asks only for the panels that are on, and shows only those', async () => {
    const sent = answer(RECORDING, ok);
    renderPage({ ...ALL_PANELS_ON, showSummary: false, showEntityExtractions: false });
    await title();
    expect(sent[0]?.url.search).toBe('?showCrmCustomers=true&showCrmOpportunities=true&showEvaluationScore=true&showFollowups=true');
    expect(screen.queryByRole('region', { name: 'Summary' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Entity extractions' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'CRM customer' })).toBeInTheDocument();
  });

  it('shows a recording that comes without deleted and dateCreated, field by field', async () => {
    answer(RECORDING, () => HttpResponse.json({ data: { id: RECORDING_ID, title: 'Kitchen visit with Dana' } }));
    renderPage();
    expect(await title()).toBeInTheDocument();
    expect(screen.getByText('Recording date not available')).toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says a missing recording was not found and offers another', async () => {
    answer(RECORDING, () => HttpResponse.json({ error: 'Not found' }, { status: 404 }));
    renderPage();
    expect(await screen.findByRole('heading', { name: 'Recording not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open another recording' })).toHaveAttribute('href', '/');
  });

  it('says when the token has no access', async () => {
    answer(RECORDING, () => HttpResponse.json({ error: 'Forbidden' }, { status: 403 }));
    renderPage();
    expect(await screen.findByRole('heading', { name: /don't have access/ })).toBeInTheDocument();
  });

  it('shows the validation message on 422', async () => {
    answer(RECORDING, () =>
      HttpResponse.json({ issues: [{ path: ['showSummary'], message: 'Expected "true" or "false"' }] }, { status: 422 }),
    );
    renderPage();
    expect(await screen.findByRole('alert')).toHaveTextContent('showSummary: Expected "true" or "false"');
  });

  it('offers Retry after a server error, and a retry that succeeds shows the recording', async () => {
    const sent = answer(RECORDING, () => new Response(JSON.stringify({ error: 'Database unavailable' }), { status: 500 }), ok);
    renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The recording could not be loaded');
    expect(alert).toHaveTextContent('HTTP 500');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await title()).toBeInTheDocument();
    expect(sent).toHaveLength(2);
  });
});
