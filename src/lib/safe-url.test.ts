import { describe, expect, it } from 'vitest';

import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each(['https://crm.example.com/accounts/42?tab=1', 'http://crm.example.com/'])('allows %s', (url) => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  \tjavascript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    '/relative',
    'crm.example.com',
    '',
    null,
    undefined,
  ])('refuses %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});
