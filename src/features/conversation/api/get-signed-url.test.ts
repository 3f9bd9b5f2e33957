import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { siro } from '@/testing/msw/sample-api';
import { answer } from '@/testing/msw/server';

import { getSignedUrl } from './get-signed-url';

describe('getSignedUrl', () => {
  it('never shows the token when Siro echoes it in its reason for having no audio, however short it is', async () => {
    tokenStore.signIn('t0k', false);
    answer(siro('/v1/core/recordings/r1/signedUrl'), () =>
      HttpResponse.json({ data: { error: true, errorMessage: 'No audio for token t0k (t0k)' } }),
    );
    expect(await getSignedUrl('r1')).toEqual({ url: null, lifetimeMs: null, message: 'No audio for token [token] ([token])' });
    tokenStore.signOut();
  });
});
