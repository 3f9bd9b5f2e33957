import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, expect, it } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { watchRequests } from '@/testing/msw/server';
import { createTestQueryClient } from '@/testing/render';

import { COMPLETE_SALE_RECORDING_ID } from '../../../sample-api/ids.ts';
import { AppRoutes } from '../router';

afterEach(() => tokenStore.signOut());

it("asks once for each request of a view under StrictMode's double effects (dev)", async () => {
  tokenStore.signIn(DEMO_TOKEN, false);
  const sent = watchRequests();
  render(
    <StrictMode>
      <QueryClientProvider client={createTestQueryClient()}>
        <MemoryRouter
          initialEntries={[
            `/recordings/${COMPLETE_SALE_RECORDING_ID}?showSummary=false&showTranscript=false&showAsk=false&showComments=false`,
          ]}
        >
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
  expect(await screen.findByRole('heading', { level: 1, name: /Whitaker/ })).toBeInTheDocument();
  const paths = sent.map(({ url }) => url.pathname);
  expect(paths).toContain(`/api/siro/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}`);
  expect(paths).toEqual([...new Set(paths)]);
});
