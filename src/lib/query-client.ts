import { QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiError } from './api-error';
import { retryDelay, shouldRetry } from './retry';

/** Called when Siro says the token is no longer good (401), whichever query met it. */
export function createQueryClient(onUnauthorized: () => void = () => {}) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError(error) {
        if (error instanceof ApiError && error.kind === 'unauthorized') onUnauthorized();
      },
    }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
      // Writes are not retried unless they ask to be (retryWrite).
      mutations: { retry: false },
    },
  });
}
