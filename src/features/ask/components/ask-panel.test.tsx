import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { CHAT_AVAILABLE, CHATS, SUGGESTED_QUESTIONS } from '@/testing/msw/ask';
import { DEMO_TOKEN, siro } from '@/testing/msw/sample-api';
import { server } from '@/testing/msw/server';
import { renderWithProviders } from '@/testing/render';

import AskPanel from './ask-panel';

const ID = 'rec-1';
const ANSWER = {
  answer: 'I searched the transcript for "financing": one moment matches best, Marcus at 0:12.',
  quotes: [{ quote: 'We have a couple of financing options.', startTimeInMillis: 12_400, endTimeInMillis: 15_000 }],
};

type ChatHandler = (question: string) => Promise<Response> | Response;

type Posted = { path: string; body: Record<string, unknown> };

/** The ask endpoints for this test, the chat by the given handler; returns what was posted to them. */
function stubApi({ available = true, chat = () => HttpResponse.json(ANSWER) }: { available?: boolean; chat?: ChatHandler } = {}) {
  const posted: Posted[] = [];
  const read = async (request: Request) => {
    const body = (await request.clone().json()) as Record<string, unknown>;
    posted.push({ path: new URL(request.url).pathname, body });
    return body;
  };
  server.use(
    http.get(CHAT_AVAILABLE, () => HttpResponse.json(available)),
    http.post(SUGGESTED_QUESTIONS, async ({ request }) => {
      await read(request);
      return HttpResponse.json({
        data: { questions: ['Was financing discussed?', 'Who decides?', 'What is next?', 'Price?', 'A fifth one?'] },
      });
    }),
    http.post(CHATS, async ({ request }) => chat(String((await read(request)).question))),
  );
  return posted;
}

/** A response that never comes (the fetch rejects on its own once the request is aborted). */
const hanging = () => new Promise<Response>(() => {});

function renderPanel(props: Partial<Parameters<typeof AskPanel>[0]> = {}) {
  const onSeek = vi.fn();
  renderWithProviders(<AskPanel recordingId={ID} deleted={false} processing={false} onSeek={onSeek} {...props} />);
  return { onSeek };
}

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('AskPanel', () => {
  it('says why it cannot answer when Siro says no, instead of offering a field', async () => {
    stubApi({ available: false });
    renderPanel({ deleted: true });
    expect(await screen.findByText(/This recording was deleted, so Siro can no longer answer questions about it/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Ask Siro' })).not.toBeInTheDocument();
  });

  it('says a transcript-less recording has no transcript', async () => {
    stubApi({ available: false });
    renderPanel();
    expect(await screen.findByText(/it has no transcript/)).toBeInTheDocument();
  });

  it('says a processing recording can be asked once processed, and does not fetch suggestions for it', async () => {
    const posted = stubApi({ available: false });
    renderPanel({ processing: true });
    expect(await screen.findByText(/once it has finished processing/)).toBeInTheDocument();
    expect(posted.some(({ path }) => path.endsWith('/suggested-questions'))).toBe(false);
  });

  it('shows it is checking while availability loads', async () => {
    server.use(http.all(siro('/*'), hanging));
    renderPanel();
    expect(screen.getByText(/Checking whether Siro can answer/)).toBeInTheDocument();
  });

  it('asks a typed question and lists the answer under it, with quotes that seek the audio', async () => {
    const posted = stubApi();
    const { onSeek } = renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Was financing discussed?');
    await user.click(screen.getByRole('button', { name: 'Ask' }));

    const item = await screen.findByRole('listitem', { name: 'Was financing discussed?' });
    expect(await within(item).findByText(ANSWER.answer)).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('textbox', { name: 'Ask Siro' })).toHaveValue('');
    await user.click(within(item).getByRole('button', { name: /couple of financing options/ }));
    expect(onSeek).toHaveBeenCalledWith(12_400);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(within(item).getByRole('button', { name: 'Copy link at 0:12' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}?t=12s`);

    expect(posted.find(({ path }) => path.endsWith('/chats'))).toEqual({
      path: `/api/siro/v1/core/recordings/${ID}/chats`,
      body: { id: ID, question: 'Was financing discussed?' },
    });
  });

  it('offers at most four suggestions; one asks at once', async () => {
    const posted = stubApi();
    renderPanel();
    const group = await screen.findByRole('group', { name: 'Suggested questions' });
    await waitFor(() => expect(within(group).getAllByRole('button')).toHaveLength(4));
    await userEvent.click(within(group).getByRole('button', { name: 'Was financing discussed?' }));
    expect(await screen.findByRole('listitem', { name: 'Was financing discussed?' })).toBeInTheDocument();
    expect(posted.find(({ path }) => path.endsWith('/suggested-questions'))?.body).toMatchObject({ queryEntrypoint: 'SINGLE_RECORDING' });
  });

  it('keeps the question in the field on a server error, and Try again asks it again', async () => {
    let calls = 0;
    stubApi({
      chat: () => (++calls === 1 ? HttpResponse.json({ error: 'Internal server error' }, { status: 500 }) : HttpResponse.json(ANSWER)),
    });
    renderPanel();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Ask Siro' });
    await user.type(field, 'Was financing discussed?{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Siro could not answer just now/);
    expect(field).toHaveValue('Was financing discussed?');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(ANSWER.answer)).toBeInTheDocument();
    expect(field).toHaveValue('');
  });

  it("shows Siro's validation report (422) for a question, sent once, and keeps the question", async () => {
    let calls = 0;
    // The sample API's report for a question over its limit (sample-api/chats.ts).
    stubApi({
      chat: () => {
        calls += 1;
        return HttpResponse.json(
          { name: 'ZodError', issues: [{ code: 'too_big', path: ['question'], message: 'String must contain at most 2000 character(s)' }] },
          { status: 422 },
        );
      },
    });
    renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Price?{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Siro could not take this question: question: String must contain at most 2000 character(s)',
    );
    expect(screen.getByRole('textbox', { name: 'Ask Siro' })).toHaveValue('Price?');
    expect(calls).toBe(1);
  });

  it('asks to wait on 429, saying how long when Siro does', async () => {
    stubApi({ chat: () => new Response('Too many questions', { status: 429, headers: { 'retry-after': '3' } }) });
    renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Price?{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait 3 seconds, then try again.');
    expect(screen.getByRole('textbox', { name: 'Ask Siro' })).toHaveValue('Price?');
  });

  it('takes a new question while one is pending, and cancels a pending one', async () => {
    stubApi({ chat: (question) => (question === 'Slow one?' ? hanging() : HttpResponse.json(ANSWER)) });
    renderPanel();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Ask Siro' });
    await user.type(field, 'Slow one?{Enter}');
    const slow = await screen.findByRole('listitem', { name: 'Slow one?' });
    expect(within(slow).getByRole('status')).toHaveTextContent(/looking through the conversation/);

    await user.type(field, 'Fast one?{Enter}');
    expect(await within(await screen.findByRole('listitem', { name: 'Fast one?' })).findByText(ANSWER.answer)).toBeInTheDocument();

    await user.click(within(slow).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('listitem', { name: 'Slow one?' })).not.toBeInTheDocument();
    expect(field).toHaveValue('Slow one?');
    expect(screen.getByRole('listitem', { name: 'Fast one?' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders generated text as text, never as HTML', async () => {
    stubApi({
      chat: () =>
        HttpResponse.json({
          answer: '<img src=x onerror=alert(1)> done',
          quotes: [{ quote: '<b>bold</b>', startTimeInMillis: 0, endTimeInMillis: 1 }, { nope: 1 }],
        }),
    });
    renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Anything?{Enter}');
    expect(await screen.findByText('<img src=x onerror=alert(1)> done')).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText(/Some quotes could not be read/)).toBeInTheDocument();
  });
});
