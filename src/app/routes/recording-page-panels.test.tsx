import { screen, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { PANELS, UI_PANELS, type PanelFlags } from '@/features/recordings/panels';
import { tokenStore } from '@/lib/token-store';
import { RECORDING } from '@/testing/msw/recordings';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { answer } from '@/testing/msw/server';
import { ALL_PANELS_ON, rawFollowup, rawRecording, RECORDING_ID } from '@/testing/recording-fixtures';
import { recordingPage, wholePage } from '@/testing/recording-page';
import { renderWithProviders } from '@/testing/render';

const page = (flags: PanelFlags) => recordingPage({ flags });
const ok =
  (overrides: Record<string, unknown> = {}) =>
  () =>
    HttpResponse.json({
      data: rawRecording({
        title: 'Kitchen visit with Dana',
        evaluationScore: 88,
        followups: [rawFollowup({ followupType: 'REHASH' })],
        ...overrides,
      }),
    });
const title = async () => {
  await screen.findByRole('heading', { level: 1, name: 'Kitchen visit with Dana' });
  await wholePage();
};
const region = (name: string) => screen.queryByRole('region', { name });

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('RecordingPage: Score and Follow-ups', () => {
  it('with every flag on, asks for the score and follow-ups and shows both panels', async () => {
    const sent = answer(RECORDING, ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();

    const search = sent[0]!.url.searchParams;
    expect(search.get('showEvaluationScore')).toBe('true');
    expect(search.get('showFollowups')).toBe('true');
    for (const name of ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions', 'Score', 'Follow-ups']) {
      expect(region(name)).toBeInTheDocument();
    }
    // Their bodies' code loads as they come near (at once here, without IntersectionObserver).
    expect(await within(region('Score')!).findByRole('meter', { name: /88 out of 100/ })).toBeInTheDocument();
    expect(await within(region('Follow-ups')!).findByRole('heading', { level: 3, name: 'Rehash' })).toBeInTheDocument();
  });

  it('shows the share actions with the recording', async () => {
    answer(RECORDING, ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    for (const name of ['Copy link', 'Export CSV', 'Export JSON', 'Print']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it("carries a header for paper: the title and the recording's link", async () => {
    answer(RECORDING, ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    const link = screen.getByText(new RegExp(`/recordings/${RECORDING_ID}$`));
    expect(link.parentElement).toHaveTextContent(/^Kitchen visit with Dana.*Printed /);
  });

  it('shows the empty states when the API has no score and no follow-ups', async () => {
    answer(RECORDING, ok({ evaluationScore: null, followups: [] }));
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    expect(region('Score')).toHaveTextContent('No score for this recording yet.');
    expect(region('Follow-ups')).toHaveTextContent('No follow-ups for this recording.');
  });

  it('with Score and Follow-ups off, asks for neither and shows neither', async () => {
    const sent = answer(RECORDING, ok());
    renderWithProviders(page({ ...ALL_PANELS_ON, showEvaluationScore: false, showFollowups: false }));
    await title();

    const url = sent[0]!.url;
    expect(url.searchParams.has('showEvaluationScore')).toBe(false);
    expect(url.searchParams.has('showFollowups')).toBe(false);
    expect(url.search).toBe('?showSummary=true&showCrmCustomers=true&showCrmOpportunities=true&showEntityExtractions=true');
    expect(region('Score')).not.toBeInTheDocument();
    expect(region('Follow-ups')).not.toBeInTheDocument();
    expect(region('Summary')).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it.each([
    ['showEvaluationScore', 'Score', 'Follow-ups'],
    ['showFollowups', 'Follow-ups', 'Score'],
  ] as const)('with only %s off, hides only its panel', async (flag, hidden, shown) => {
    const sent = answer(RECORDING, ok());
    renderWithProviders(page({ ...ALL_PANELS_ON, [flag]: false }));
    await title();
    expect(sent[0]!.url.searchParams.has(flag)).toBe(false);
    expect(region(hidden)).not.toBeInTheDocument();
    expect(region(shown)).toBeInTheDocument();
  });

  it('switching Follow-ups on asks again with showFollowups=true and shows the panel', async () => {
    const sent = answer(RECORDING, ok({ followups: undefined }), ok());
    const { rerender } = renderWithProviders(page({ ...ALL_PANELS_ON, showFollowups: false }));
    await title();
    expect(region('Follow-ups')).not.toBeInTheDocument();

    rerender(page(ALL_PANELS_ON));

    expect(await screen.findByRole('region', { name: 'Follow-ups' })).toHaveTextContent('Rehash');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.url.searchParams.get('showFollowups')).toBe('true');
    expect(region('Score')).toBeInTheDocument();
  });
});

describe('RecordingPage: where a manager looks for the controls', () => {
  it('lists the panels switched on as the page’s sections, each a link to its panel', async () => {
    answer(RECORDING, ok());
    renderWithProviders(page({ ...ALL_PANELS_ON, showFollowups: false }));
    await title();
    const sections = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(sections).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Summary', 'Customer', 'Score', 'Opportunities', 'Extractions']);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).toHaveAttribute('aria-labelledby');
    expect(links[1]).toHaveAttribute('href', '#customer');
  });

  it('keeps the switches in Customize view, above the summary', async () => {
    answer(RECORDING, ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    const customize = screen.getByText('Customize view', { selector: 'summary' }).parentElement!;
    expect(within(customize).getAllByRole('switch')).toHaveLength(PANELS.length + UI_PANELS.length);
    expect(customize.compareDocumentPosition(region('Summary')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('does not promise a score to a deleted recording', async () => {
    answer(RECORDING, ok({ deleted: true, evaluationScore: null }));
    renderWithProviders(page(ALL_PANELS_ON));
    await screen.findByRole('note');
    await wholePage();
    expect(region('Score')).toHaveTextContent('This recording was deleted before it was scored.');
  });
});
