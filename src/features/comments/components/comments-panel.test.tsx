import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { siro } from '@/testing/msw/sample-api';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';

import { CommentsProvider } from '../composer';
import { rememberMe } from '../me';
import CommentsPanel from './comments-panel';

const RECORDING = 'rec-1';
const ME = 'u-dana';
const base = `/api/siro/v1/core/recordings/${RECORDING}`;

type Raw = Record<string, unknown>;
const comment = (overrides: Raw): Raw => ({
  id: 'c1',
  threadId: 't1',
  commenterUid: 'u-marcus',
  commenterFirstName: 'Marcus',
  commenterLastName: 'Bell',
  recordingId: RECORDING,
  dateCreated: '2026-03-03T16:12:00.000Z',
  timestampStartInMilliseconds: 760_000,
  timestampEndInMilliseconds: 765_000,
  text: 'Hello',
  seenByUids: [],
  unreadUids: [],
  isPrivate: false,
  ...overrides,
});

const SEED: Raw[] = [
  comment({
    id: 'c2',
    threadId: 't2',
    commenterUid: ME,
    commenterFirstName: 'Dana',
    commenterLastName: 'Ruiz',
    timestampStartInMilliseconds: 45_000,
    timestampEndInMilliseconds: 47_000,
    text: 'Good open question. See https://keystone.example/guide. Not javascript:alert(1)',
    isPrivate: true,
  }),
  comment({
    id: 'c1',
    text: '',
    audio: {
      storageId: 'v1',
      storagePath: 'https://audio.example/v1.wav',
      textTranscription: 'Fair point, I will bring the tablet.',
      status: 'uploaded',
    },
  }),
  comment({
    id: 'c3',
    commenterUid: 'u-priya',
    commenterFirstName: 'Priya',
    commenterLastName: 'Natarajan',
    dateCreated: '2026-03-04T08:00:00.000Z',
    text: 'مرحبا reply',
    unreadUids: [ME],
  }),
];

type Sent = { key: string; body: string };
type Handler = (sent: Sent, url: URL) => Response | Promise<Response>;

/** This test's answers by method and path (`GET /api/siro/…`), whatever the order of calls; returns what was sent. */
function fakeApi(handlers: Record<string, Handler>) {
  const sent: Sent[] = [];
  server.use(
    http.all(siro('/*'), async ({ request }) => {
      const url = new URL(request.url);
      const call = { key: `${request.method} ${url.pathname}`, body: await request.text() };
      sent.push(call);
      const handler = handlers[call.key];
      return handler ? handler(call, url) : HttpResponse.json({ error: 'not faked' }, { status: 404 });
    }),
  );
  return sent;
}

const calls = (sent: Sent[], key: string) => sent.filter((call) => call.key === key);

const listOf = (items: Raw[]) => () => HttpResponse.json({ data: items, cursor: null });
const threads = () =>
  HttpResponse.json({
    data: [
      {
        id: 't1',
        dateCreated: '2026-03-03T16:12:00.000Z',
        recordingId: RECORDING,
        recipients: { 'u-marcus': { uid: 'u-marcus', firstName: 'Marcus', lastName: 'Bell' } },
        privacy: { isPrivate: false, updatedAt: 'x' },
      },
    ],
  });

function renderPanel(currentMs = 65_000) {
  const seek = vi.fn();
  renderWithProviders(
    <CommentsProvider>
      <CommentsPanel recordingId={RECORDING} currentMs={() => currentMs} onSeek={seek} repUid="u-marcus" />
    </CommentsProvider>,
  );
  return { seek };
}

function deferred() {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((done) => (resolve = done));
  return { promise, resolve };
}

beforeEach(() => {
  sessionStorage.setItem('siro.token', 'tok-comments');
  tokenStore.reset();
});

// Typing with userEvent is slow on a busy machine: these tests do a lot of it.
describe('CommentsPanel', { timeout: 20_000 }, () => {
  it('lists threads in time order with who, when, the words or the voice comment, privacy and replies; text stays text', async () => {
    fakeApi({ [`GET ${base}/comments`]: listOf(SEED), [`GET ${base}/threads`]: threads });
    rememberMe(ME);
    const { seek } = renderPanel();
    const articles = await screen.findAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-label'))).toEqual(['Thread at 0:45 to 0:47', 'Thread at 12:40 to 12:45']);
    const [first, second] = articles as [HTMLElement, HTMLElement];
    expect(within(first).getByText(/Private/)).toBeInTheDocument();
    const link = within(first).getByRole('link', { name: 'https://keystone.example/guide' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(first).getAllByRole('link')).toHaveLength(1);
    expect(within(second).getByText('Voice comment')).toBeInTheDocument();
    expect(within(second).getByText('Fair point, I will bring the tablet.')).toBeInTheDocument();
    expect(within(second).getByLabelText('Play the voice comment')).toHaveAttribute('src', 'https://audio.example/v1.wav');
    expect(within(second).getByText('مرحبا reply')).toHaveAttribute('dir', 'auto');
    expect(within(second).getByText(/To/)).toHaveTextContent('To Marcus Bell');
    expect(within(second).getByText('Unread')).toBeInTheDocument();
    // Only the manager's own comments can be changed.
    expect(within(first).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();

    await userEvent.click(within(second).getByRole('button', { name: 'Play from 12:40 to 12:45' }));
    expect(seek).toHaveBeenCalledWith(760_000);
  });

  it('posts at the current playback time, shows the comment at once as sending, then as posted by the manager', async () => {
    const answer = deferred();
    const items = [...SEED];
    const sent = fakeApi({
      [`GET ${base}/comments`]: () => listOf(items)(),
      [`GET ${base}/threads`]: threads,
      [`POST ${base}/comments`]: () => answer.promise,
    });
    renderPanel(65_400);
    await screen.findAllByRole('article');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    expect(screen.getByText('At 1:05, the current playback time')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Comment'), 'You talked over her here');
    await userEvent.click(screen.getByRole('checkbox', { name: /Marcus Bell/ }));
    await userEvent.dblClick(screen.getByRole('button', { name: 'Post' }));

    expect(await screen.findByText('Sending…')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Thread at 1:05' })).getByText('You talked over her here')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Posting…' })).toBeDisabled();
    expect(calls(sent, `POST ${base}/comments`)).toHaveLength(1);
    expect(JSON.parse(String(calls(sent, `POST ${base}/comments`)[0]!.body))).toEqual({
      text: 'You talked over her here',
      highlightRange: { start: 65_400, end: 65_400 },
      recipients: [{ type: 'user', key: 'u-marcus', firstName: 'Marcus', lastName: 'Bell' }],
      isPrivate: false,
    });

    const saved = comment({
      id: 'c9',
      threadId: 't9',
      commenterUid: 'u-new-me',
      commenterFirstName: 'Dana',
      commenterLastName: 'Ruiz',
      text: 'You talked over her here',
      timestampStartInMilliseconds: 65_400,
      timestampEndInMilliseconds: 65_400,
    });
    items.push(saved);
    answer.resolve(HttpResponse.json({ data: saved }, { status: 201 }));
    await waitFor(() => expect(screen.queryByText('Sending…')).not.toBeInTheDocument());
    const thread = screen.getByRole('article', { name: 'Thread at 1:05' });
    // The answer tells who the token's user is: the new comment is theirs to edit.
    expect(within(thread).getByText('You')).toBeInTheDocument();
    expect(within(thread).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Comment')).not.toBeInTheDocument();
  });

  it('rolls back a post whose answer was lost and keeps the text; posting again finds it landed and posts nothing', async () => {
    const items = [...SEED];
    const sent = fakeApi({
      [`GET ${base}/comments`]: () => listOf(items)(),
      [`GET ${base}/threads`]: threads,
      [`POST ${base}/comments`]: () => {
        items.push(
          comment({
            id: 'c10',
            threadId: 't10',
            commenterUid: 'u-x',
            text: 'Slow down',
            timestampStartInMilliseconds: 65_000,
            timestampEndInMilliseconds: 65_000,
          }),
        );
        throw new TypeError('Failed to fetch');
      },
    });
    renderPanel();
    await screen.findAllByRole('article');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await userEvent.type(screen.getByLabelText('Comment'), 'Slow down');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('may not have been posted');
    expect(screen.getByLabelText('Comment')).toHaveValue('Slow down');
    expect(screen.queryByText('Sending…')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(screen.queryByLabelText('Comment')).not.toBeInTheDocument());
    expect(screen.getAllByText('Slow down')).toHaveLength(1);
    expect(calls(sent, `POST ${base}/comments`)).toHaveLength(1);
  });

  it('posts again after a failure that saved nothing, once', async () => {
    let failures = 1;
    const items = [...SEED];
    const sent = fakeApi({
      [`GET ${base}/comments`]: () => listOf(items)(),
      [`GET ${base}/threads`]: threads,
      [`POST ${base}/comments`]: () => {
        if (failures-- > 0) return HttpResponse.json({ error: 'Internal server error' }, { status: 500 });
        const saved = comment({ id: 'c11', threadId: 't11', commenterUid: ME, text: 'Try again', timestampStartInMilliseconds: 65_000 });
        items.push(saved);
        return HttpResponse.json({ data: saved }, { status: 201 });
      },
    });
    renderPanel();
    await screen.findAllByRole('article');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await userEvent.type(screen.getByLabelText('Comment'), 'Try again');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    await waitFor(() => expect(screen.queryByLabelText('Comment')).not.toBeInTheDocument());
    expect(calls(sent, `POST ${base}/comments`)).toHaveLength(2);
    expect(screen.getAllByText('Try again')).toHaveLength(1);
  });

  it("shows Siro's validation report (422) field by field, and keeps the draft", async () => {
    const sent = fakeApi({
      [`GET ${base}/comments`]: listOf(SEED),
      [`GET ${base}/threads`]: threads,
      // The sample API's report for a comment over its length limit (sample-api/comments.ts).
      [`POST ${base}/comments`]: () =>
        HttpResponse.json(
          { name: 'ZodError', issues: [{ code: 'too_big', path: ['text'], message: 'At most 10000 characters' }] },
          { status: 422 },
        ),
    });
    renderPanel();
    await screen.findAllByRole('article');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await userEvent.type(screen.getByLabelText('Comment'), 'Too long');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Siro did not accept this: text: At most 10000 characters');
    expect(screen.getByLabelText('Comment')).toHaveValue('Too long');
    expect(calls(sent, `POST ${base}/comments`)).toHaveLength(1);
  });

  it('says a read-only token can read but not comment, and keeps the draft', async () => {
    fakeApi({
      [`GET ${base}/comments`]: listOf(SEED),
      [`GET ${base}/threads`]: threads,
      [`POST ${base}/comments`]: () => HttpResponse.json({ error: 'This token has read access only' }, { status: 403 }),
    });
    renderPanel();
    await screen.findAllByRole('article');
    await userEvent.click(screen.getByRole('button', { name: 'Add comment' }));
    await userEvent.type(screen.getByLabelText('Comment'), 'Keep me');
    await userEvent.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This token can read but not comment');
    expect(screen.getByLabelText('Comment')).toHaveValue('Keep me');
    expect(screen.queryByText('Sending…')).not.toBeInTheDocument();
  });

  it('replies in a thread, edits and deletes (after confirming) the manager’s own comments', async () => {
    let items = [...SEED];
    const sent = fakeApi({
      [`GET ${base}/comments`]: () => listOf(items)(),
      [`GET ${base}/threads`]: threads,
      [`POST ${base}/comments`]: (call) => {
        const body = JSON.parse(call.body) as Raw;
        const saved = comment({
          id: 'c20',
          threadId: body.selectedThreadId,
          commenterUid: ME,
          commenterFirstName: 'Dana',
          text: body.text,
          dateCreated: '2026-03-05T00:00:00.000Z',
        });
        items = [...items, saved];
        return HttpResponse.json({ data: saved }, { status: 201 });
      },
      [`PATCH ${base}/comments/c20`]: (call) => {
        const saved = { ...items.find((item) => item.id === 'c20'), text: (JSON.parse(call.body) as Raw).text };
        items = items.map((item) => (item.id === 'c20' ? saved : item));
        return HttpResponse.json({ data: saved });
      },
      [`DELETE ${base}/comments/c20`]: () => {
        items = items.filter((item) => item.id !== 'c20');
        return HttpResponse.json({ data: {} });
      },
    });
    renderPanel();
    const thread = () => screen.getByRole('article', { name: 'Thread at 12:40 to 12:45' });
    await screen.findAllByRole('article');
    await userEvent.click(within(thread()).getByRole('button', { name: 'Reply' }));
    await userEvent.type(within(thread()).getByLabelText('Reply'), 'Noted');
    await userEvent.click(within(thread()).getByRole('button', { name: 'Post reply' }));
    await waitFor(() => expect(within(thread()).getByRole('button', { name: 'Edit' })).toBeInTheDocument());
    expect(JSON.parse(String(calls(sent, `POST ${base}/comments`)[0]!.body))).toMatchObject({ selectedThreadId: 't1', text: 'Noted' });

    await userEvent.click(within(thread()).getByRole('button', { name: 'Edit' }));
    const field = within(thread()).getByLabelText('Edit comment');
    await userEvent.clear(field);
    await userEvent.type(field, 'Noted, thanks');
    await userEvent.click(within(thread()).getByRole('button', { name: 'Save' }));
    expect(await within(thread()).findByText('Noted, thanks')).toBeInTheDocument();

    await userEvent.click(within(thread()).getByRole('button', { name: 'Delete' }));
    expect(calls(sent, `DELETE ${base}/comments/c20`)).toHaveLength(0);
    await userEvent.click(within(thread()).getByRole('button', { name: 'Delete comment' }));
    await waitFor(() => expect(within(thread()).queryByText('Noted, thanks')).not.toBeInTheDocument());
    expect(calls(sent, `DELETE ${base}/comments/c20`)).toHaveLength(1);
  });
});
