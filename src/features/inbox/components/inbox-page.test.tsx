import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { COLOR_CONFIGURATIONS } from '@/testing/msw/coaching';
import { CONVERSATION_CONFIGURATIONS, SEARCH } from '@/testing/msw/inbox';
import { server } from '@/testing/msw/server';
import { createTestQueryClient } from '@/testing/render';

import { InboxPage } from './inbox-page';

const ORG = 'org-1';
const hit = (n: number, extra: Record<string, unknown> = {}) => ({
  recordingId: `r${n}`,
  dateCreated: Date.parse('2026-04-01T10:00:00Z') - n * 86_400_000,
  title: `Recording ${n}`,
  userId: `u${n % 2}`,
  repFirstName: n % 2 ? 'Priya' : 'Marcus',
  repLastName: n % 2 ? 'Natarajan' : 'Bell',
  teamId: `t${n % 2}`,
  teamName: n % 2 ? 'Solar' : 'Roofing',
  crmCustomer: { name: `Customer ${n}`, organizationId: ORG },
  ...extra,
});

type Body = { query: Record<string, unknown>; page: number };
/** The organizationId of each conversation-configurations request. */
let configurationsAskedFor: (string | null)[] = [];

/** The API faked per endpoint: search answers from `answer`, the lookups as Siro would. */
function fakeApi(answer: (body: Body) => unknown) {
  const searches: Body[] = [];
  server.use(
    http.post(SEARCH, async ({ request }) => {
      const body = (await request.json()) as Body;
      searches.push(body);
      return HttpResponse.json(answer(body) as Record<string, unknown>);
    }),
    http.get(CONVERSATION_CONFIGURATIONS, ({ request }) => {
      configurationsAskedFor.push(new URL(request.url).searchParams.get('organizationId'));
      return HttpResponse.json({ data: [{ conversationType: 'Door knock', displayName: 'Door knock' }] });
    }),
    http.get(COLOR_CONFIGURATIONS, () => HttpResponse.json({ data: { colorConfigurations: [] } })),
  );
  return searches;
}

/** Shows the router's URL, as the address bar would. */
function LocationProbe() {
  const current = useLocation();
  return <output aria-label="Address">{`${current.pathname}${current.search}`}</output>;
}
const address = () => screen.getByRole('status', { name: 'Address' }).textContent;

function renderInbox(url = '/recordings') {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <InboxPage />
        <LocationProbe />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  configurationsAskedFor = [];
  sessionStorage.clear();
  tokenStore.signIn('inbox-test-token', false);
});
afterEach(() => tokenStore.signOut());

// userEvent on a busy two-core machine: these take seconds.
describe('InboxPage', { timeout: 20_000 }, () => {
  it('lists the hits with a count, and offers the reps and teams it has seen', async () => {
    const user = userEvent.setup();
    fakeApi(() => ({ data: { hits: [hit(1), hit(2)], estimatedTotalHits: 2, offset: 0, limit: 50 } }));
    renderInbox();
    const list = await screen.findByRole('list', { name: 'Recordings' });
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Recording 1', 'Recording 2']);
    expect(screen.getByText('2 recordings match')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rep: Any rep' }));
    expect(screen.getByRole('checkbox', { name: 'Marcus Bell' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Priya Natarajan' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Team: Any team' }));
    expect(screen.getByRole('checkbox', { name: 'Roofing' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Conversation type: Any type' }));
    expect(await screen.findByRole('checkbox', { name: 'Door knock' })).toBeInTheDocument();
    expect(configurationsAskedFor).toEqual([ORG]);
    // Remembered for the session: names and ids, nothing else.
    expect(JSON.parse(sessionStorage.getItem('siro.inbox.people') ?? '{}')).toEqual({
      reps: [
        { value: 'u0', label: 'Marcus Bell' },
        { value: 'u1', label: 'Priya Natarajan' },
      ],
      teams: [
        { value: 't0', label: 'Roofing' },
        { value: 't1', label: 'Solar' },
      ],
    });
  });

  it('makes one request per filter change, with the filter in the URL and the request', async () => {
    const user = userEvent.setup();
    const searches = fakeApi(() => ({ data: { hits: [hit(1), hit(2)], estimatedTotalHits: 2, offset: 0, limit: 50 } }));
    renderInbox();
    await screen.findByRole('list', { name: 'Recordings' });
    expect(searches).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Rep: Any rep' }));
    await user.click(screen.getByRole('checkbox', { name: 'Priya Natarajan' }));
    await vi.waitFor(() => expect(searches).toHaveLength(2));
    expect(searches[1]?.query.repUids).toEqual(['u1']);
    expect(address()).toBe('/recordings?rep=u1');

    await user.type(screen.getByLabelText('Search recordings'), 'roof{Enter}');
    await vi.waitFor(() => expect(searches).toHaveLength(3));
    expect(searches[2]?.query).toMatchObject({ searchText: 'roof', repUids: ['u1'] });
    expect(address()).toBe('/recordings?q=roof&rep=u1');
  });

  it('says when nothing matches, and Clear filters brings the whole list back', async () => {
    const user = userEvent.setup();
    const searches = fakeApi((body) =>
      body.query.searchText
        ? { data: { hits: [], estimatedTotalHits: 0, offset: 0, limit: 50 } }
        : { data: { hits: [hit(1)], estimatedTotalHits: 1, offset: 0, limit: 50 } },
    );
    renderInbox('/recordings?q=nothing&sort=oldest');
    expect(await screen.findByRole('heading', { name: 'No recordings match these filters' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
    expect(await screen.findByRole('link', { name: 'Recording 1' })).toBeInTheDocument();
    expect(address()).toBe('/recordings?sort=oldest');
    expect(searches.at(-1)?.query).not.toHaveProperty('searchText');
  });

  it('counts the hits it could not read', async () => {
    fakeApi(() => ({ data: { hits: [hit(1), { title: 'no id' }], estimatedTotalHits: 2, offset: 0, limit: 50 } }));
    renderInbox();
    expect(await screen.findByText('1 recording could not be read and is not shown.')).toBeInTheDocument();
  });

  it('shows a failed search as the recording page shows errors, with Retry', async () => {
    server.use(http.post(SEARCH, () => HttpResponse.json({ error: 'Internal server error' }, { status: 500 })));
    renderInbox();
    expect(await screen.findByRole('heading', { name: 'The recordings could not be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
