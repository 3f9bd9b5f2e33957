import { describe, expect, it } from 'vitest';

import { resolveAudioUrl } from './resolve-audio-url';

const origin = 'https://dash.example.com';

describe('resolveAudioUrl', () => {
  it('resolves a URL relative to the API root through the same-origin proxy', () => {
    expect(resolveAudioUrl('sample-audio/a%2Fb.wav?expires=123', origin)).toBe(
      'https://dash.example.com/api/siro/sample-audio/a%2Fb.wav?expires=123',
    );
  });

  it('keeps a root-relative path under the API root too', () => {
    expect(resolveAudioUrl('/sample-audio/x.wav', origin)).toBe('https://dash.example.com/api/siro/sample-audio/x.wav');
  });

  it('uses an absolute https URL as is', () => {
    const signed = 'https://bucket.s3.amazonaws.com/rec.m4a?X-Amz-Signature=abc&X-Amz-Expires=900';
    expect(resolveAudioUrl(signed, origin)).toBe(signed);
  });

  it.each([
    'javascript:alert(1)',
    'data:audio/wav;base64,AAAA',
    ' JAVASCRIPT:alert(1)',
    '//evil.example.com/x.wav',
    '\\\\evil.example.com/x.wav',
    '../../secret',
    'sample-audio/../../../outside',
    '',
    '   ',
    null,
    undefined,
  ])('rejects %j', (raw) => {
    expect(resolveAudioUrl(raw, origin)).toBeNull();
  });
});
