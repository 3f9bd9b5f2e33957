import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => {
  cleanup();
  // Node-environment tests (servers, proxies) have no storage.
  globalThis.sessionStorage?.clear();
  globalThis.localStorage?.clear();
});
