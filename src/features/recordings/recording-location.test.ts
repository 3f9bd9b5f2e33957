import { describe, expect, it } from 'vitest';

import { recordingPath } from './api/recording-path';
import { recordingIdFromPath } from './recording-location';

describe('recordingIdFromPath', () => {
  it.each([
    ['/recordings/abc', 'abc'],
    ['/recordings/abc/', 'abc'],
    ['/recordings/a%2Fb%20c', 'a/b c'],
    ['/recordings/100%25', '100%'],
  ])('%s → %j', (path, id) => {
    expect(recordingIdFromPath(path)).toBe(id);
  });

  it.each(['/recordings/100%', '/recordings/50%off', '/recordings/%E0%A4%A'])(
    'keeps %s, which cannot be decoded, as written rather than losing the ID',
    (path) => {
      const segment = path.slice('/recordings/'.length);
      expect(recordingIdFromPath(path)).toBe(segment);
    },
  );

  it('sends an undecodable `%` to the API as one encoded segment', () => {
    expect(recordingPath(recordingIdFromPath('/recordings/100%')!)).toBe('/v1/core/recordings/100%25');
  });

  it.each(['/', '/recordings', '/recordings/', '/recordings/a/b', '/other/abc'])('has no ID in %s', (path) => {
    expect(recordingIdFromPath(path)).toBeNull();
  });
});
