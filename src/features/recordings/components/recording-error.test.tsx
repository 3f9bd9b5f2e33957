import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';

import { ApiError, type ApiErrorKind } from '@/lib/api-error';

import { RecordingError } from './recording-error';

function renderError(error: unknown, { retrying = false, id = 'rec-42' } = {}) {
  const onRetry = vi.fn();
  render(
    <MemoryRouter>
      <RecordingError id={id} error={error} retrying={retrying} onRetry={onRetry} />
    </MemoryRouter>,
  );
  return { onRetry, alert: screen.getByRole('alert') };
}

const apiError = (kind: ApiErrorKind, message: string, options: { status?: number; retryAfterMs?: number } = {}) =>
  new ApiError(kind, message, options);
const retryButton = () => screen.queryByRole('button', { name: 'Retry' });
const openAnother = () => screen.queryByRole('link', { name: 'Open another recording' });

describe('RecordingError', () => {
  it('403: no access, another recording instead of a retry', () => {
    renderError(apiError('forbidden', 'Forbidden', { status: 403 }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("You don't have access to this recording");
    expect(openAnother()).toHaveAttribute('href', '/');
    expect(retryButton()).not.toBeInTheDocument();
  });

  it('404: not found, with a way to open another', () => {
    renderError(apiError('not-found', 'Not found', { status: 404 }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Recording not found');
    expect(openAnother()).toBeInTheDocument();
  });

  it('404: names the ID it looked for, bidi-isolated', () => {
    const { alert } = renderError(apiError('not-found', 'Not found', { status: 404 }), { id: 'شسي-42' });
    const shown = screen.getByText('شسي-42');
    expect(shown.tagName).toBe('BDI');
    expect(alert).toHaveTextContent('Siro has no recording with the ID شسي-42.');
  });

  it('404: a huge ID is shown cut', () => {
    const { alert } = renderError(apiError('not-found', 'Not found', { status: 404 }), { id: 'x'.repeat(5_000) });
    expect(alert.textContent!.length).toBeLessThan(400);
    expect(alert).toHaveTextContent(/x{100}…/);
  });

  it.each([
    ['validation', 422],
    ['client', 400],
  ] as const)('%s: the API’s own words', (kind, status) => {
    renderError(apiError(kind, 'showSummary: Expected "true" or "false"', { status }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Siro could not accept this request');
    expect(screen.getByText('showSummary: Expected "true" or "false"')).toBeInTheDocument();
  });

  it('429 while retrying: says so, and Retry waits', () => {
    renderError(apiError('rate-limited', 'Slow down', { status: 429 }), { retrying: true });
    expect(screen.getByText(/limiting requests for this token\. Retrying shortly/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retrying…' })).toBeDisabled();
  });

  it('429 after the retries: wait a moment, and Retry', () => {
    renderError(apiError('rate-limited', 'Slow down', { status: 429, retryAfterMs: 1_000 }));
    expect(screen.getByText(/Wait a moment, then retry\./)).toBeInTheDocument();
    expect(retryButton()).toBeInTheDocument();
  });

  it('429 with a wait too long to sit through: how long Siro asks to wait, and Retry', async () => {
    const { onRetry } = renderError(apiError('rate-limited', 'Slow down', { status: 429, retryAfterMs: 90_000 }));
    expect(screen.getByText(/Siro asks to wait 90 seconds, then retry\./)).toBeInTheDocument();
    await userEvent.setup().click(retryButton()!);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a timeout: says how long it waited, and Retry', () => {
    renderError(apiError('timeout', 'Siro did not answer within 15 seconds.'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Siro is taking too long');
    expect(screen.getByText(/within 15 seconds\. Check your connection/)).toBeInTheDocument();
    expect(retryButton()).toBeInTheDocument();
  });

  it.each([
    [
      'the API’s own words',
      apiError('server', 'Database unavailable', { status: 500 }),
      'Siro had a problem answering (HTTP 500). Database unavailable',
    ],
    [
      'an error page',
      apiError('server', 'A server between you and Siro answered with an error page (HTTP 502 Bad Gateway).', { status: 502 }),
      /^A server between you and Siro answered with an error page \(HTTP 502 Bad Gateway\)\.$/,
    ],
    [
      'the connection lost',
      apiError('network', 'The connection to Siro was lost.'),
      'The connection was lost. Check that you are online, then retry.',
    ],
    [
      'an answer that is not a recording',
      apiError('invalid-response', 'Siro answered, but not with a readable recording.', { status: 200 }),
      'Siro answered, but not with a readable recording.',
    ],
    ['something that is not an API error', new TypeError('x is undefined'), 'Something unexpected went wrong.'],
  ])('could not load, %s: a sentence, Retry and another recording', (_name, error, text) => {
    const { alert } = renderError(error);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('The recording could not be loaded');
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(alert).not.toHaveTextContent('x is undefined');
    expect(retryButton()).toBeInTheDocument();
    expect(openAnother()).toBeInTheDocument();
  });

  it('names the tab after what went wrong', () => {
    renderError(apiError('not-found', 'Not found', { status: 404 }));
    expect(document.title).toBe('Recording not found · Siro');
  });
});
