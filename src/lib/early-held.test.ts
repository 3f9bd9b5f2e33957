import { afterEach, expect, it, vi } from 'vitest';

import { hasEarlyRequest } from './early-held';
import { adoptEarlyRequest, forgetEarlyRequests, preloadRequest, requestUrl } from './early-requests';

afterEach(() => {
  forgetEarlyRequests();
  vi.unstubAllGlobals();
});

it('sees an early request until it is adopted, for its own method, URL and token only', () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => new Promise(() => {})),
  );
  const search = new URLSearchParams({ cursor: '1' });
  preloadRequest('/v1/x', { token: 't', search });
  preloadRequest('/v1/y', { token: 't', method: 'POST' });
  const url = requestUrl('/v1/x', search);
  expect(hasEarlyRequest('GET', url, 't')).toBe(true);
  expect(hasEarlyRequest('GET', url, 'other')).toBe(false);
  expect(hasEarlyRequest('POST', url, 't')).toBe(false);
  expect(hasEarlyRequest('POST', requestUrl('/v1/y'), 't')).toBe(true);
  adoptEarlyRequest('GET', url, 't');
  expect(hasEarlyRequest('GET', url, 't')).toBe(false);
});
