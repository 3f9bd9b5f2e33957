import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { watchRequests } from '@/testing/msw/server';
import { RECORDING_ID } from '@/testing/recording-fixtures';
import { createTestQueryClient } from '@/testing/render';

import { HomeRoute } from './home';

function RecordingStub() {
  return <h1>Recording {useParams().id}</h1>;
}

function renderHome() {
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <MemoryRouter>
        <Routes>
          <Route path="/" element={<HomeRoute />} />
          <Route path="/recordings/:id" element={<RecordingStub />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function submit(text: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Recording ID or link'), text);
  await user.click(screen.getByRole('button', { name: 'Open' }));
}

beforeEach(() => tokenStore.signIn('test-token', false));
afterEach(() => tokenStore.signOut());

describe('HomeRoute', () => {
  it('says so in the form when a pasted link has no recording ID, and neither navigates nor asks the API', async () => {
    const sent = watchRequests();
    renderHome();
    await submit('https://keystone.lightning.force.com/lightning/r/Opportunity/006Hs00001XyZ9QIAV/view');

    expect(screen.getByRole('alert')).toHaveTextContent('This link has no recording ID in it.');
    expect(screen.getByLabelText('Recording ID or link')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { name: 'Open a recording' })).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('refuses free text in the form, saying what an ID and a link look like, and asks the API nothing', async () => {
    const sent = watchRequests();
    renderHome();
    await submit('hello world');

    expect(screen.getByRole('alert')).toHaveTextContent(/not a recording ID or link.*looks like [0-9a-f-]{36}/);
    expect(screen.getByLabelText('Recording ID or link')).toHaveAccessibleDescription(/not a recording ID or link/);
    expect(screen.getByRole('heading', { name: 'Open a recording' })).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it.each([
    ['a plain ID', 'rec-42', 'rec-42'],
    ['a Siro link', `https://app.siro.ai/recordings/${RECORDING_ID}`, RECORDING_ID],
  ])('opens the recording from %s', async (_name, text, id) => {
    renderHome();
    await submit(text);

    expect(screen.getByRole('heading', { name: `Recording ${id}` })).toBeInTheDocument();
  });
});
