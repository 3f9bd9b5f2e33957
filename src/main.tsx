import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router-dom';
import { queryClient } from './app/query-client';
import { AppRoutes } from './app/router';
import { tokenStore } from './lib/token-store';
import { recordingQueryOptions } from './features/recordings/api/get-recording';
import { recordingFromLocation } from './features/recordings/api/preload-recording';
import './index.css';

// If the early request (src/boot.ts) has already answered, put it in the cache before the first
// render, so the page appears complete rather than as a skeleton; never wait for it otherwise.
const target = tokenStore.token() ? recordingFromLocation(window.location) : null;
if (target) {
  const primed = queryClient.prefetchQuery(recordingQueryOptions(target.id, target.flags));
  await Promise.race([primed, new Promise((resolve) => setTimeout(resolve, 0))]);
}

// The entry script is async: in theory the app could arrive before the body is parsed.
if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));

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
