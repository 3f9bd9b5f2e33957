import { MutationObserver } from '@tanstack/react-query';
import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { siro } from '@/testing/msw/sample-api';
import { answer } from '@/testing/msw/server';

import { apiRequest } from './api-client';
import { ApiError } from './api-error';
import { createQueryClient } from './query-client';
import { retryWrite, shouldRetry } from './retry';
import { writeErrorMessage } from './write-error';

const TOKEN = 'write-token-1234';

describe('writes', () => {
  it('are not retried by default, even on a failure a read would retry', async () => {
    const client = createQueryClient();
    const write = vi.fn(() => Promise.reject(new ApiError('server', 'Internal server error', { status: 503 })));
    const observer = new MutationObserver(client, { mutationFn: write });
    await expect(observer.mutate()).rejects.toMatchObject({ kind: 'server' });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('retry only when sending them twice does no harm', () => {
    expect(retryWrite('POST')).toBe(false);
    expect(retryWrite('PUT')).toBe(shouldRetry);
    expect(retryWrite('DELETE')).toBe(shouldRetry);
    expect(retryWrite('PATCH')).toBe(shouldRetry);
  });

  it("show a 422 validation report's messages, field by field", async () => {
    answer(siro('/v1/core/recordings/r1/comments'), () =>
      HttpResponse.json(
        {
          name: 'ZodError',
          issues: [{ code: 'too_small', path: ['body', 'text'], message: 'String must contain at least 1 character(s)' }],
        },
        { status: 422 },
      ),
    );
    const error = await apiRequest('/v1/core/recordings/r1/comments', { token: TOKEN, method: 'POST', body: { text: '' } }).catch(
      (caught: unknown) => caught,
    );
    expect(writeErrorMessage(error)).toBe('Not saved: Siro did not accept it (body.text: String must contain at least 1 character(s)).');
  });

  it('explain a 403 as a read-only token, and a lost connection as maybe saved', () => {
    expect(writeErrorMessage(new ApiError('forbidden', 'x', { status: 403 }))).toMatch(/can read but not write/);
    expect(writeErrorMessage(new ApiError('network', 'x'))).toMatch(/not sure: the connection was lost/);
  });
});
