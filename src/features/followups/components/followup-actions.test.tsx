import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { renderWithProviders } from '@/testing/render';

import { followupDrafts } from '../drafts';
import { FollowupActions } from './followup-actions';
import { FollowupsPanel } from './followups-panel';

const followup = {
  followupId: 'fu-1',
  followupType: 'CROSS_SELL',
  status: 'TO_DO',
  starred: false,
  updatedAt: '2026-04-01T10:00:00Z',
  history: { items: [], skipped: 0 },
};

// These tests hold each answer until they choose to release it, so they replace fetch itself
// rather than answer through the per-endpoint fake.
function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, ...init, headers: { 'content-type': 'application/json', ...init.headers } });
}

function stubFetch(...responses: Array<Response | Error>) {
  const fetchMock = vi.spyOn(globalThis, 'fetch');
  for (const response of responses) {
    if (response instanceof Error) fetchMock.mockRejectedValueOnce(response);
    else fetchMock.mockResolvedValueOnce(response);
  }
  return fetchMock;
}

/** A promise the test resolves when it wants the API to answer. */
function held() {
  let answer!: (response: Response) => void;
  const promise = new Promise<Response>((resolve) => (answer = resolve));
  return { promise, answer };
}

afterEach(() => followupDrafts.clear());

describe('working a follow-up', () => {
  it('shows a change at once, then Siro’s answer with the history it adds', async () => {
    tokenStore.signIn('siro-demo-token', false);
    const pending = held();
    const fetchMock = stubFetch();
    fetchMock.mockReturnValueOnce(pending.promise);
    renderWithProviders(<FollowupsPanel followups={{ items: [followup], skipped: 0 }} />);
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'IN_PROGRESS');
    expect(screen.getByLabelText('Status')).toHaveValue('IN_PROGRESS');
    expect(screen.getByText('In progress', { selector: 'span' })).toBeInTheDocument();
    const [, init] = fetchMock.mock.calls[0]!;
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({ status: 'IN_PROGRESS' });
    pending.answer(
      jsonResponse({
        data: {
          ...followup,
          status: 'IN_PROGRESS',
          updatedAt: '2026-04-01T10:01:00Z',
          history: [{ id: 'h-2', updatedBy: 'Jordan Reyes', createdAt: '2026-04-01T10:01:00Z', status: 'IN_PROGRESS' }],
        },
      }),
    );
    expect(await screen.findByText('Jordan Reyes')).toBeInTheDocument();
  });

  it('rolls back on failure, says why, and keeps the typed note', async () => {
    tokenStore.signIn('siro-read-only-token', false);
    stubFetch(jsonResponse({ error: 'This token has read access only.' }, { status: 403 }));
    renderWithProviders(<FollowupActions followup={followup} name="Cross-sell" />);
    await userEvent.type(screen.getByLabelText('Note'), 'Call Tuesday');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('this token can read but not write');
    expect(screen.getByLabelText('Note')).toHaveValue('Call Tuesday');
  });

  it("shows Siro's validation report (422) field by field, sent once, and keeps the typed note", async () => {
    tokenStore.signIn('siro-demo-token', false);
    // The sample API's report for a note over its limit (sample-api/followups.ts).
    const fetchMock = stubFetch(
      jsonResponse(
        { name: 'ZodError', issues: [{ code: 'too_big', path: ['note'], message: 'A note can be at most 5000 characters' }] },
        { status: 422 },
      ),
    );
    renderWithProviders(<FollowupActions followup={followup} name="Cross-sell" />);
    await userEvent.type(screen.getByLabelText('Note'), 'Call Tuesday');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: Siro did not accept it (note: A note can be at most 5000 characters).',
    );
    expect(screen.getByLabelText('Note')).toHaveValue('Call Tuesday');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('puts the star back when starring fails', async () => {
    tokenStore.signIn('siro-demo-token', false);
    stubFetch(jsonResponse({ error: 'Internal server error' }, { status: 500 }));
    renderWithProviders(<FollowupsPanel followups={{ items: [followup], skipped: 0 }} />);
    const group = screen.getByRole('group', { name: 'Work on Cross-sell' });
    await userEvent.click(within(group).getByRole('button', { name: 'Star' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not saved'));
    expect(within(group).getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('keeps a note being typed when the row is drawn again (the queue drew it away), until it is saved', async () => {
    tokenStore.signIn('siro-demo-token', false);
    const { queryClient, unmount } = renderWithProviders(<FollowupActions followup={followup} name="Cross-sell" />);
    await userEvent.type(screen.getByLabelText('Note'), 'Call Tuesday');
    unmount();

    renderWithProviders(<FollowupActions followup={followup} name="Cross-sell" />, { queryClient });
    expect(screen.getByLabelText('Note')).toHaveValue('Call Tuesday');
    stubFetch(jsonResponse({ data: { ...followup, note: 'Call Tuesday', updatedAt: '2026-04-01T10:01:00Z' } }));
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(screen.getByLabelText('Note')).toHaveValue(''));
  });

  it('a save that fails while its row is not drawn still rolls back, and the row drawn again says why', async () => {
    tokenStore.signIn('siro-demo-token', false);
    const pending = held();
    stubFetch().mockReturnValueOnce(pending.promise);
    const panel = <FollowupsPanel followups={{ items: [followup], skipped: 0 }} />;
    const { queryClient, unmount } = renderWithProviders(panel);
    await userEvent.click(screen.getByRole('button', { name: 'Star' }));
    expect(screen.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    unmount();

    renderWithProviders(panel, { queryClient });
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    pending.answer(jsonResponse({ error: 'Internal server error' }, { status: 500 }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not saved'));
    expect(screen.getByRole('button', { name: 'Star' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('forgets the notes being typed when the manager signs out', async () => {
    tokenStore.signIn('siro-demo-token', false);
    const { queryClient, unmount } = renderWithProviders(<FollowupActions followup={followup} name="Cross-sell" />);
    await userEvent.type(screen.getByLabelText('Note'), 'Call Tuesday');
    unmount();
    tokenStore.signOut();
    tokenStore.signIn('siro-demo-token', false);
    renderWithProviders(<FollowupActions followup={followup} name="Cross-sell" />, { queryClient });
    expect(screen.getByLabelText('Note')).toHaveValue('');
  });
});
