import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';

import { queryClient } from './app/query-client';
import { AppRoutes } from './app/router';
import { loadRecordingRoute } from './app/routes/recording-loader';
import { recordingFromLocation } from './features/recordings/recording-location';
import { documentParsed } from './lib/document-parsed';
import { tokenStore } from './lib/token-store';

// On a recording URL, its page's code (already on its way: the boot entry asked for it) and the
// early answers are in place before the first render, so React replaces the early paint as is.
// No top-level await: the recording's chunk imports the app's, which must finish evaluating first.
async function start() {
  const target = tokenStore.token() ? recordingFromLocation(window.location) : null;
  if (target) {
    const route = await loadRecordingRoute().catch(() => null); // A failure shows when the lazy route tries again.
    await route?.primeRecordingCache(queryClient, target);
  }
  // The entry script is async: in theory the app could arrive before the body is parsed.
  await documentParsed();

  const root = createRoot(document.getElementById('root')!);
  // A transition: React renders the first page in slices, giving the main thread back between
  // them, rather than in one task of a few hundred ms on a phone (the early paint is on screen).
  startTransition(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          {/* No transitions: a panel switch is committed in the click's own task, never a frame later. */}
          <BrowserRouter useTransitions={false}>
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
}

void start();
