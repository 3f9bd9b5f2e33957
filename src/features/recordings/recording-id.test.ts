import { describe, expect, it } from 'vitest';

import { extractRecordingId, recordingIdProblem } from './recording-id';

const UUID = '0b6f3c2a-8d1e-4f5a-9c7b-2e4d6f8a1b3c';

describe('recordingIdProblem', () => {
  it.each([
    ['', /no recording ID/],
    ['   ', /no recording ID/],
    [undefined, /no recording ID/],
    ['.', /"\." is not a recording ID/],
    ['..', /"\.\." is not a recording ID/],
    ['x'.repeat(1_500), /1\D?500 characters long/],
    ['abc\u0000def', /control characters/],
    ['abc\ndef', /control characters/],
    ['abc\u007f', /control characters/],
  ])('explains what is wrong with %j', (id, message) => {
    expect(recordingIdProblem(id)).toMatch(message);
  });

  it.each([UUID, 'a/b', 'ünï-çødé', 'x'.repeat(200)])('accepts %s', (id) => {
    expect(recordingIdProblem(id)).toBeNull();
  });
});

describe('extractRecordingId', () => {
  it.each([
    [UUID, UUID],
    [`  ${UUID}\n`, UUID],
    [`https://app.siro.ai/recordings/${UUID}?tab=summary#top`, UUID],
    [`app.siro.ai/recordings/${UUID}`, UUID],
    ['https://app.siro.ai/org/1/recordings/a%2Fb%20c', 'a/b c'],
    ['https://app.siro.ai/recordings/100%', '100%'],
    [`https://crm.example.com/opportunity/9?siroRecording=${UUID.toUpperCase()}`, UUID.toUpperCase()],
    ['not-a-link', 'not-a-link'],
    // Plain text with a colon or a slash is still an ID, not a link.
    ['rec:123', 'rec:123'],
    ['a/b?c#d', 'a/b?c#d'],
  ])('%j → %j', (input, id) => {
    expect(extractRecordingId(input)).toEqual({ id });
  });

  it.each([
    'https://keystone.lightning.force.com/lightning/r/Opportunity/006Hs00001XyZ9QIAV/view',
    'keystone.my.salesforce.com/006Hs00001XyZ9QIAV',
    'https://app.siro.ai/recordings/',
    'http://[bad',
  ])('says the link %j has no recording ID', (input) => {
    expect(extractRecordingId(input)).toEqual({ problem: expect.stringMatching(/link has no recording ID/) });
  });

  it.each(['hello world', 'Whitaker roof', 'price objection?'])(
    'refuses the free text %j, saying what an ID and a link look like',
    (input) => {
      expect(extractRecordingId(input)).toEqual({
        problem: expect.stringMatching(/not a recording ID or link.*no spaces.*looks like [0-9a-f-]{36}.*\/recordings\//),
      });
    },
  );

  it('takes the ID out of text that carries one', () => {
    expect(extractRecordingId(`Recording ${UUID} from Dana`)).toEqual({ id: UUID });
  });

  it('asks for something when the input is blank', () => {
    expect(extractRecordingId(' \t ')).toEqual({ problem: 'Paste a recording ID or a link to one.' });
  });
});
