import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';

import { queryClient } from './app/query-client';
import { AppRoutes } from './app/router';
import { summarySectionsQueryOptions } from './features/conversation/api/get-summary-sections';
import { recordingQueryOptions } from './features/recordings/api/get-recording';
import { recordingFromLocation } from './features/recordings/recording-location';
import { tokenStore } from './lib/token-store';

import './index.css';

// If the early requests (startEarlyRequests) have already answered, put them in the cache before the
// first render, so the page appears as the early paint drew it rather than as a skeleton (or
// with the plain summary before its sections); never wait for them otherwise.
const target = tokenStore.token() ? recordingFromLocation(window.location) : null;
if (target) {
  const primed = [queryClient.prefetchQuery(recordingQueryOptions(target.id, target.flags))];
  if (target.flags.showSummary) primed.push(queryClient.prefetchQuery(summarySectionsQueryOptions(target.id)));
  await Promise.race([Promise.all(primed), new Promise((resolve) => setTimeout(resolve, 0))]);
}

// The entry script is async: in theory the app could arrive before the body is parsed.
if (document.readyState === 'loading')
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* No transitions: a panel switch is committed in the click's own task, never a frame later. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
