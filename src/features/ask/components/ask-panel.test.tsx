import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/token-store';
import { jsonResponse } from '@/testing/http';
import { renderWithProviders } from '@/testing/render';
import AskPanel from './ask-panel';

const ID = 'rec-1';
const ANSWER = {
  answer: 'I searched the transcript for "financing": one moment matches best, Marcus at 0:12.',
  quotes: [{ quote: 'We have a couple of financing options.', startTimeInMillis: 12_400, endTimeInMillis: 15_000 }],
};

type ChatHandler = (question: string, signal: AbortSignal | undefined) => Promise<Response> | Response;

/** Answers per endpoint, whatever the order; the chat endpoint by the given handler. */
function stubApi({ available = true, chat = () => jsonResponse(ANSWER) }: { available?: boolean; chat?: ChatHandler } = {}) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const { pathname } = new URL(String(input), window.location.origin);
    if (pathname.endsWith('/chats/available')) return jsonResponse(available);
    if (pathname.endsWith('/suggested-questions')) return jsonResponse({ data: { questions: ['Was financing discussed?', 'Who decides?', 'What is next?', 'Price?', 'A fifth one?'] } });
    if (pathname.endsWith('/chats')) return chat((JSON.parse(String(init?.body)) as { question: string }).question, init?.signal ?? undefined);
    return jsonResponse({ error: 'Not found' }, { status: 404 });
  });
}

/** A response that never comes, rejecting as fetch does once the request is aborted. */
function hanging(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))));
}

function renderPanel(props: Partial<Parameters<typeof AskPanel>[0]> = {}) {
  const onSeek = vi.fn();
  renderWithProviders(<AskPanel recordingId={ID} deleted={false} processing={false} onSeek={onSeek} {...props} />);
  return { onSeek };
}

beforeEach(() => tokenStore.signIn('t', false));
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
    const fetchMock = stubApi({ available: false });
    renderPanel({ processing: true });
    expect(await screen.findByText(/once it has finished processing/)).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/suggested-questions'))).toBe(false);
  });

  it('shows it is checking while availability loads', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation((_input, init) => hanging(init?.signal ?? undefined));
    renderPanel();
    expect(screen.getByText(/Checking whether Siro can answer/)).toBeInTheDocument();
  });

  it('asks a typed question and lists the answer under it, with quotes that seek the audio', async () => {
    const fetchMock = stubApi();
    const { onSeek } = renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Was financing discussed?');
    await user.click(screen.getByRole('button', { name: 'Ask' }));

    const item = await screen.findByRole('listitem', { name: 'Was financing discussed?' });
    expect(await within(item).findByText(ANSWER.answer)).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('textbox', { name: 'Ask Siro' })).toHaveValue('');
    await user.click(within(item).getByRole('button', { name: /couple of financing options/ }));
    expect(onSeek).toHaveBeenCalledWith(12_400);

    const [input, init] = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/chats'))!;
    expect(String(input)).toContain(`/v1/core/recordings/${ID}/chats`);
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ id: ID, question: 'Was financing discussed?' });
  });

  it('offers at most four suggestions; one asks at once', async () => {
    const fetchMock = stubApi();
    renderPanel();
    const group = await screen.findByRole('group', { name: 'Suggested questions' });
    await waitFor(() => expect(within(group).getAllByRole('button')).toHaveLength(4));
    await userEvent.click(within(group).getByRole('button', { name: 'Was financing discussed?' }));
    expect(await screen.findByRole('listitem', { name: 'Was financing discussed?' })).toBeInTheDocument();
    const suggestionCall = fetchMock.mock.calls.find(([url]) => String(url).endsWith('/suggested-questions'))!;
    expect(JSON.parse(String(suggestionCall[1]?.body))).toMatchObject({ queryEntrypoint: 'SINGLE_RECORDING' });
  });

  it('keeps the question in the field on a server error, and Try again asks it again', async () => {
    let calls = 0;
    stubApi({ chat: () => (++calls === 1 ? jsonResponse({ error: 'Internal server error' }, { status: 500 }) : jsonResponse(ANSWER)) });
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

  it('asks to wait on 429, saying how long when Siro does', async () => {
    stubApi({ chat: () => new Response('Too many questions', { status: 429, headers: { 'retry-after': '3' } }) });
    renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Price?{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait 3 seconds, then try again.');
    expect(screen.getByRole('textbox', { name: 'Ask Siro' })).toHaveValue('Price?');
  });

  it('takes a new question while one is pending, and cancels a pending one', async () => {
    stubApi({ chat: (question, signal) => (question === 'Slow one?' ? hanging(signal) : jsonResponse(ANSWER)) });
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
    stubApi({ chat: () => jsonResponse({ answer: '<img src=x onerror=alert(1)> done', quotes: [{ quote: '<b>bold</b>', startTimeInMillis: 0, endTimeInMillis: 1 }, { nope: 1 }] }) });
    renderPanel();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Ask Siro' }), 'Anything?{Enter}');
    expect(await screen.findByText('<img src=x onerror=alert(1)> done')).toBeInTheDocument();
    expect(screen.getByText('<b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText(/Some quotes could not be read/)).toBeInTheDocument();
  });
});
