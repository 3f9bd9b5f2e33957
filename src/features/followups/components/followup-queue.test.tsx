import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';

import { FollowupQueue } from './followup-queue';

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

/** The URLs the page requested, as the sample API saw them. */
function requestedUrls() {
  const urls: URL[] = [];
  server.events.on('request:start', ({ request }) => urls.push(new URL(request.url)));
  return urls;
}

describe('FollowupQueue', { timeout: 20_000 }, () => {
  it("offers the organisation's conversation types, asked for with its id, and filters the queue by one", async () => {
    const user = userEvent.setup();
    const urls = requestedUrls();
    renderWithProviders(<FollowupQueue recordingHref={(id) => `/recordings/${id}`} />);
    await user.click(await screen.findByRole('button', { name: 'Conversation type: Any type' }));
    // The display name only Siro's configuration knows: the choices come from it.
    await user.click(await screen.findByRole('checkbox', { name: 'Virtual consultation (video)' }));
    const configurations = urls.filter((url) => url.pathname.endsWith('/v1/core/conversation-configurations'));
    expect(configurations.map((url) => url.searchParams.get('organizationId'))).toEqual(['0b9d7c4a-5e2f-4d18-a3c6-7f81e2d94b10']);
    await screen.findByRole('button', { name: 'Conversation type: Virtual consultation (video)' });
    const lists = urls.filter((url) => url.pathname.endsWith('/v1/core/followups'));
    expect(lists.at(-1)?.searchParams.getAll('conversationTypes')).toEqual(['Virtual consultation']);
  });

  it('shows a note as soon as it is added, as text with safe links, and keeps it after the answer', async () => {
    const user = userEvent.setup();
    renderWithProviders(<FollowupQueue recordingHref={(id) => `/recordings/${id}`} />);
    const first = (await screen.findAllByRole('article'))[0]!;
    expect(within(first).queryByText('Latest note:')).not.toBeInTheDocument();
    await user.type(within(first).getByRole('textbox', { name: 'Note' }), 'Called, see https://example.com/q <b>x</b> javascript:alert(1)');
    await user.click(within(first).getByRole('button', { name: 'Add note' }));
    const note = within(first).getByText('Latest note:').parentElement!;
    expect(note).toHaveTextContent('Called, see https://example.com/q <b>x</b> javascript:alert(1)');
    expect(
      within(note)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['https://example.com/q']);
    await waitFor(() => expect(within(first).getByRole('status')).toHaveTextContent(''));
    expect(within(first).getByText('Latest note:').parentElement).toHaveTextContent('Called, see');
  });
});
