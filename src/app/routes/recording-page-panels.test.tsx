import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { tokenStore } from '@/lib/token-store';
import { fetchedUrl, jsonResponse, stubFetch } from '@/testing/http';
import { ALL_PANELS_ON, rawFollowup, rawRecording, RECORDING_ID } from '@/testing/recording-fixtures';
import { renderWithProviders } from '@/testing/render';
import type { PanelFlags } from '@/features/recordings/panels';
import { RecordingPage } from './recording-page';

const page = (flags: PanelFlags) => <RecordingPage id={RECORDING_ID} flags={flags} onToggle={() => {}} />;
const ok = (overrides: Record<string, unknown> = {}) =>
  jsonResponse({
    data: rawRecording({ title: 'Kitchen visit with Dana', evaluationScore: 88, followups: [rawFollowup({ followupType: 'REHASH' })], ...overrides }),
  });
const title = () => screen.findByRole('heading', { level: 1, name: 'Kitchen visit with Dana' });
const region = (name: string) => screen.queryByRole('region', { name });

beforeEach(() => tokenStore.signIn('t', false));
afterEach(() => tokenStore.signOut());

describe('RecordingPage: Score and Follow-ups', () => {
  it('with every flag on, asks for the score and follow-ups and shows both panels', async () => {
    const fetchMock = stubFetch(ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();

    const search = fetchedUrl(fetchMock).searchParams;
    expect(search.get('showEvaluationScore')).toBe('true');
    expect(search.get('showFollowups')).toBe('true');
    for (const name of ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions', 'Score', 'Follow-ups']) {
      expect(region(name)).toBeInTheDocument();
    }
    expect(within(region('Score')!).getByRole('meter', { name: /88 out of 100/ })).toBeInTheDocument();
    expect(within(region('Follow-ups')!).getByRole('heading', { level: 3, name: 'Rehash' })).toBeInTheDocument();
  });

  it('shows the share actions with the recording', async () => {
    stubFetch(ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    for (const name of ['Copy link', 'Export CSV', 'Export JSON', 'Print']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('shows the empty states when the API has no score and no follow-ups', async () => {
    stubFetch(ok({ evaluationScore: null, followups: [] }));
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    expect(region('Score')).toHaveTextContent('No score for this recording yet.');
    expect(region('Follow-ups')).toHaveTextContent('No follow-ups for this recording.');
  });

  it('with Score and Follow-ups off, asks for neither and shows neither', async () => {
    const fetchMock = stubFetch(ok());
    renderWithProviders(page({ ...ALL_PANELS_ON, showEvaluationScore: false, showFollowups: false }));
    await title();

    const url = fetchedUrl(fetchMock);
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
    const fetchMock = stubFetch(ok());
    renderWithProviders(page({ ...ALL_PANELS_ON, [flag]: false }));
    await title();
    expect(fetchedUrl(fetchMock).searchParams.has(flag)).toBe(false);
    expect(region(hidden)).not.toBeInTheDocument();
    expect(region(shown)).toBeInTheDocument();
  });

  it('switching Follow-ups on asks again with showFollowups=true and shows the panel', async () => {
    const fetchMock = stubFetch(ok({ followups: undefined }), ok());
    const { rerender } = renderWithProviders(page({ ...ALL_PANELS_ON, showFollowups: false }));
    await title();
    expect(region('Follow-ups')).not.toBeInTheDocument();

    rerender(page(ALL_PANELS_ON));

    expect(await screen.findByRole('region', { name: 'Follow-ups' })).toHaveTextContent('Rehash');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchedUrl(fetchMock, 1).searchParams.get('showFollowups')).toBe('true');
    expect(region('Score')).toBeInTheDocument();
  });
});

describe('RecordingPage: where a manager looks for the controls', () => {
  it('lists the panels switched on as the page’s sections, each a link to its panel', async () => {
    stubFetch(ok());
    renderWithProviders(page({ ...ALL_PANELS_ON, showFollowups: false }));
    await title();
    const sections = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(sections).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Summary', 'Customer', 'Score', 'Opportunities', 'Extractions']);
    for (const link of links) expect(document.getElementById(link.getAttribute('href')!.slice(1))).toHaveAttribute('aria-labelledby');
    expect(links[1]).toHaveAttribute('href', '#customer');
  });

  it('keeps the switches in Customize view, above the summary', async () => {
    stubFetch(ok());
    renderWithProviders(page(ALL_PANELS_ON));
    await title();
    const customize = screen.getByText('Customize view', { selector: 'summary' }).parentElement!;
    expect(within(customize).getAllByRole('switch')).toHaveLength(6);
    expect(customize.compareDocumentPosition(region('Summary')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('does not promise a score to a deleted recording', async () => {
    stubFetch(ok({ deleted: true, evaluationScore: null }));
    renderWithProviders(page(ALL_PANELS_ON));
    await screen.findByRole('note');
    expect(region('Score')).toHaveTextContent('This recording was deleted before it was scored.');
  });
});
