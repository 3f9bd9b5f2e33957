import { onlineManager } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AudioProvider } from '@/features/conversation/audio-context';
import { createAudioStore } from '@/features/conversation/audio-store';
import { tokenStore } from '@/lib/token-store';
import { UTTERANCES } from '@/testing/msw/conversation';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { inTurn, server, watchRequests } from '@/testing/msw/server';
import { createTestQueryClient, renderWithProviders } from '@/testing/render';

import TranscriptPanel from './transcript-panel';

const line = (utterance: string, startTimeInMillis: number, extra: Record<string, unknown> = {}) => ({
  utterance,
  startTimeInMillis,
  endTimeInMillis: startTimeInMillis + 2_000,
  speakerTag: '0',
  redacted: false,
  confidence: 0.97,
  ...extra,
});
const speakerMap = { 0: 'Marcus Bell', 1: 'Karen Whitaker' };
const firstPage = () =>
  HttpResponse.json({
    data: {
      utterances: [
        line('Hi, I am here about the roof.', 1_800),
        line('The Roof leaks by the window.', 4_000, { speakerTag: '1' }),
        line('[REDACTED]', 9_000, { speakerTag: '1', redacted: true }),
        line('Three cracked shingles here.', 12_000, { confidence: 0.55 }),
      ],
      speakerMap,
      isLowDataMode: false,
    },
    cursor: 2,
    pageSize: 100,
  });
const secondPage = () =>
  HttpResponse.json({
    data: {
      utterances: [line('We can start the roof on May twelfth.', 3_725_000), line('Gutters later.', 3_730_000, { speakerTag: '1' })],
      speakerMap,
    },
    cursor: null,
    pageSize: 100,
  });

/** The transcript endpoint answering by cursor, each cursor's answers in turn; returns the requests it gets. */
function answerPages(...pages: Array<Parameters<typeof inTurn>>) {
  const byCursor = pages.map((answers) => inTurn(...answers));
  server.use(http.get(UTTERANCES, ({ request }) => byCursor[Number(new URL(request.url).searchParams.get('cursor')) - 1]!()));
  return watchRequests(UTTERANCES);
}
const bothPages = () => answerPages([firstPage], [secondPage]);

function renderPanel(store = createAudioStore(), queryClient = createTestQueryClient()) {
  const view = renderWithProviders(
    <AudioProvider store={store}>
      <TranscriptPanel recordingId="rec-1" processing={false} />
    </AudioProvider>,
    { queryClient },
  );
  return Object.assign(store, { unmount: view.unmount });
}
const lineButton = (text: RegExp) => screen.getByRole('button', { name: text });

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('TranscriptPanel', () => {
  it('loads every page, names speakers in distinct colours and stamps every line', async () => {
    const sent = bothPages();
    renderPanel();
    expect(await screen.findByRole('button', { name: /May twelfth/ })).toBeInTheDocument();
    expect(sent.map(({ url }) => url.searchParams.get('cursor'))).toEqual(['1', '2']);

    const rep = within(lineButton(/about the roof/)).getByText('Marcus Bell');
    const homeowner = within(lineButton(/leaks by the window/)).getByText('Karen Whitaker');
    expect(rep.className).not.toBe(homeowner.className);
    expect(lineButton(/about the roof/)).toHaveTextContent(/^0:01/);
    expect(lineButton(/May twelfth/)).toHaveTextContent(/^1:02:05/);
  });

  it('marks redacted and low-confidence lines', async () => {
    bothPages();
    renderPanel();
    const redacted = await screen.findByRole('button', { name: /Redacted/ });
    expect(redacted).toHaveTextContent('0:09');
    expect(redacted).not.toHaveTextContent('[REDACTED]');
    expect(within(lineButton(/cracked shingles/)).getByRole('img', { name: 'Low confidence (55%)' })).toBeInTheDocument();
    expect(within(lineButton(/about the roof/)).queryByRole('img')).not.toBeInTheDocument();
  });

  it('searches across pages, counts, and steps with buttons, Enter and Shift+Enter', async () => {
    const user = userEvent.setup();
    bothPages();
    renderPanel();
    await screen.findByRole('button', { name: /May twelfth/ });

    const searchbox = screen.getByRole('searchbox', { name: 'Search transcript' });
    await user.type(searchbox, 'ROOF');
    // The term is on both pages; the count is the search box's description.
    await waitFor(() => expect(searchbox).toHaveAccessibleDescription('1 of 3'));
    const marks = () => document.querySelectorAll('mark');
    expect([...marks()].map((mark) => mark.textContent)).toEqual(['roof', 'Roof', 'roof']);
    expect(marks()[0]).toHaveAttribute('data-current', 'true');

    await user.click(screen.getByRole('button', { name: 'Next match' }));
    expect(searchbox).toHaveAccessibleDescription('2 of 3');
    await user.click(searchbox);
    await user.keyboard('{Enter}');
    expect(searchbox).toHaveAccessibleDescription('3 of 3');
    expect(marks()[2]).toHaveAttribute('data-current', 'true');
    await user.keyboard('{Enter}');
    expect(searchbox).toHaveAccessibleDescription('1 of 3');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(searchbox).toHaveAccessibleDescription('3 of 3');
    await user.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(searchbox).toHaveAccessibleDescription('2 of 3');

    await user.clear(searchbox);
    await user.type(searchbox, 'zebra');
    await waitFor(() => expect(searchbox).toHaveAccessibleDescription('No matches'));
    expect(within(screen.getByRole('search')).getByRole('status')).toHaveTextContent('No matches');
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled();
  });

  it('seeks the audio to a line when it is clicked, and marks it as the current line', async () => {
    const user = userEvent.setup();
    bothPages();
    const store = renderPanel();
    await screen.findByRole('button', { name: /May twelfth/ });

    await user.click(lineButton(/leaks by the window/));

    expect(store.getState().currentMs).toBe(4_000);
    expect(lineButton(/leaks by the window/)).toHaveAttribute('aria-current', 'true');
    expect(lineButton(/about the roof/)).not.toHaveAttribute('aria-current');
  });

  it('a line plays from where it starts, as a quote does', async () => {
    bothPages();
    const store = renderPanel();
    await userEvent.setup().click(await screen.findByRole('button', { name: /leaks by the window/ }));
    expect(store.getState()).toMatchObject({ currentMs: 4_000, playRequests: 1 });
  });

  it('Enter and Space on the focused line play from where it starts, as a click does', async () => {
    const user = userEvent.setup();
    bothPages();
    const store = renderPanel();
    await screen.findByRole('button', { name: /May twelfth/ });
    lineButton(/leaks by the window/).focus();
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({ currentMs: 4_000, playRequests: 1 });
    await user.keyboard('{End}');
    await user.keyboard(' ');
    expect(store.getState().playRequests).toBe(2);
    expect(lineButton(/Gutters later/)).toHaveAttribute('aria-current', 'true');
  });

  it("is one tab stop: arrow keys move between lines and to a line's Copy link, Home and End to either end", async () => {
    const user = userEvent.setup();
    bothPages();
    renderPanel();
    await screen.findByRole('button', { name: /May twelfth/ });
    const list = screen.getByRole('list', { name: 'Transcript lines' });
    const stops = () =>
      within(list)
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0);
    expect(stops()).toEqual([lineButton(/about the roof/)]);

    await user.tab();
    await user.tab();
    expect(lineButton(/about the roof/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(lineButton(/leaks by the window/)).toHaveFocus();
    expect(stops()).toEqual([lineButton(/leaks by the window/)]);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Copy link at 0:04' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(lineButton(/about the roof/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(lineButton(/Gutters later/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(lineButton(/about the roof/)).toHaveFocus();

    // Tab leaves the list in one press.
    await user.tab();
    expect(list).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('enters the list at the line being heard', async () => {
    bothPages();
    const store = renderPanel();
    await screen.findByRole('button', { name: /May twelfth/ });
    act(() => store.seek(12_500));
    const list = screen.getByRole('list', { name: 'Transcript lines' });
    expect(
      within(list)
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toEqual([lineButton(/Three cracked shingles/)]);
  });

  it('says when a recording has no transcript', async () => {
    answerPages([() => HttpResponse.json({ data: { utterances: [], speakerMap: {} }, cursor: null })]);
    renderPanel();
    expect(await screen.findByText('No transcript for this recording.')).toBeInTheDocument();
  });

  it('offers Retry when the transcript cannot be loaded', async () => {
    const user = userEvent.setup();
    answerPages([() => HttpResponse.json({ error: 'Database unavailable' }, { status: 500 }), firstPage], [secondPage]);
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('Database unavailable');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: /May twelfth/ })).toBeInTheDocument();
  });

  it('a finished transcript does not go stale: showing the panel again or reconnecting fetches nothing', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const sent = bothPages();
      const queryClient = createTestQueryClient();
      const { unmount } = renderPanel(createAudioStore(), queryClient);
      await screen.findByRole('button', { name: /May twelfth/ });
      expect(sent).toHaveLength(2);
      unmount();

      vi.setSystemTime(Date.now() + 60 * 60_000);
      renderPanel(createAudioStore(), queryClient);
      expect(await screen.findByRole('button', { name: /May twelfth/ })).toBeInTheDocument();
      act(() => {
        onlineManager.setOnline(false);
        onlineManager.setOnline(true);
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(sent).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops paging when the API ignores the cursor and serves the same page again, and shows its lines once', async () => {
    const fullPage = Array.from({ length: 100 }, (_, index) => line(`Line number ${index}.`, index * 1_000));
    const sameAgain = () => HttpResponse.json({ data: { utterances: fullPage, speakerMap }, cursor: 2, pageSize: 100 });
    const sent = answerPages([sameAgain], [sameAgain]);
    renderPanel();
    await screen.findByRole('button', { name: /Line number 99\./ });
    await waitFor(() => expect(screen.queryByText(/Loading the rest/)).not.toBeInTheDocument());
    expect(sent).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: /Line number 7\./ })).toHaveLength(1);
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
  });

  describe('search while pages load or fail', () => {
    /** The first page at once; the second only when `release` is called. */
    function holdSecondPage() {
      let release: () => void = () => {};
      const held = new Promise<Response>((resolve) => {
        release = () => resolve(secondPage());
      });
      answerPages([firstPage], [() => held]);
      return { release: () => act(async () => release()) };
    }
    const searchStatus = () => within(screen.getByRole('search')).getByRole('status');
    const panelStatus = () => screen.getAllByRole('status').find((status) => !screen.getByRole('search').contains(status))!;

    it('Next on the last match loaded waits for the rest instead of wrapping to the first', async () => {
      const user = userEvent.setup();
      const { release } = holdSecondPage();
      renderPanel();
      await screen.findByRole('button', { name: /about the roof/ });
      const searchbox = screen.getByRole('searchbox', { name: 'Search transcript' });
      await user.type(searchbox, 'roof');
      await waitFor(() => expect(searchbox).toHaveAccessibleDescription('1 of 2+'));

      await user.click(screen.getByRole('button', { name: 'Next match' }));
      expect(searchbox).toHaveAccessibleDescription('2 of 2+');
      await user.click(screen.getByRole('button', { name: 'Next match' }));
      expect(searchbox).toHaveAccessibleDescription('Searching the rest…');
      expect(searchStatus()).toHaveTextContent('Searching the rest of the transcript…');

      await release();
      await waitFor(() => expect(searchbox).toHaveAccessibleDescription('3 of 3'));
      expect(within(lineButton(/May twelfth/)).getByText('roof')).toHaveAttribute('data-current', 'true');
    });

    it('announces the start and the end of a search, not every page', async () => {
      const user = userEvent.setup();
      const { release } = holdSecondPage();
      renderPanel();
      await screen.findByRole('button', { name: /about the roof/ });
      expect(panelStatus()).toHaveTextContent(/^Loading the rest of the transcript…$/);
      expect(screen.getByText(/4 lines so far/)).toBeInTheDocument();

      await user.type(screen.getByRole('searchbox', { name: 'Search transcript' }), 'roof');
      await waitFor(() => expect(searchStatus()).toHaveTextContent('Searching…'));

      await release();
      await waitFor(() => expect(searchStatus()).toHaveTextContent('1 of 3'));
      expect(panelStatus()).toHaveTextContent('All 6 lines of the transcript are loaded.');
    });

    it('when a later page fails, shows what was found, says the rest could not be searched, and retries', async () => {
      const user = userEvent.setup();
      answerPages([firstPage], [() => HttpResponse.json({ error: 'Bad cursor' }, { status: 400 }), secondPage]);
      renderPanel();
      expect(await screen.findByRole('alert')).toHaveTextContent('Part of the transcript could not be loaded: Bad cursor');
      const searchbox = screen.getByRole('searchbox', { name: 'Search transcript' });

      await user.type(searchbox, 'roof');
      await waitFor(() => expect(searchbox).toHaveAccessibleDescription('1 of 2 so far'));
      expect(searchStatus()).toHaveTextContent('1 of 2 so far. The rest of the transcript could not be searched.');
      await user.clear(searchbox);
      await user.type(searchbox, 'twelfth');
      await waitFor(() => expect(searchbox).toHaveAccessibleDescription('No matches so far'));

      await user.click(screen.getByRole('button', { name: 'Search the rest' }));
      await waitFor(() => expect(searchbox).toHaveAccessibleDescription('1 of 1'));
      expect(screen.queryByRole('button', { name: 'Search the rest' })).not.toBeInTheDocument();
    });
  });
});
