import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import { resetSampleApi } from './msw/sample-api';
import { server } from './msw/server';

// findBy… and waitFor give up after this long: what a person would see comes in milliseconds on
// a quiet machine, and may take seconds on a busy one (a lazy chunk transformed on first import).
configure({ asyncUtilTimeout: 15_000 });

// A timer past setTimeout's limit fires at once: a bug, not a warning to scroll past.
process.on('warning', (warning) => {
  if (warning.name === 'TimeoutOverflowWarning') throw warning;
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  await resetSampleApi();
  sessionStorage.clear();
  localStorage.clear();
});

afterAll(() => server.close());
