import { describe, expect, it } from 'vitest';

import { pickRecordingDocument } from './recording-document-schema';

const metric = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  nodeType: 'METRIC',
  parentId: 's1',
  name: `Criterion ${id}`,
  pointsEarned: 8,
  pointsPossible: 10,
  metadata: {
    score: '8/10',
    thinking: 'Asked good questions.',
    recommendation: 'Ask one more.',
    thinkingWithCitation: {
      citedThinking: 'x [1]',
      citations: [{ quote: 'What got you to call us?', startTimeInMillis: 45_000, endTimeInMillis: 52_000 }],
    },
  },
  ...extra,
});

describe('pickRecordingDocument', () => {
  it('reads what the page shows and ignores the rest', () => {
    const document = pickRecordingDocument(
      {
        data: [
          {
            id: 'r1',
            repFirstName: 'Marcus',
            repLastName: 'Bell',
            teamId: 't1',
            speakerMap: { '0': 'Marcus Bell', '1': 42, __proto__: 'x' },
            numberOfComments: 3,
            unreadComments: { u1: 2, u2: 'many' },
            repSpeakerShare: 61.5,
            longestMonologueMillis: 'long',
            rawAudioPath: 'internal',
            evaluation: { pointsEarned: 8, pointsPossible: 10, evaluatedNodes: [{ id: 'root', nodeType: 'ROOT' }, metric('m1')] },
            jumpToTags: [{ type: 'OBJECTION', timestampInMilliseconds: 1_000, preview: 'Too expensive' }],
          },
        ],
      },
      'r1',
    );
    expect(document).toMatchObject({
      repFirstName: 'Marcus',
      repLastName: 'Bell',
      teamId: 't1',
      numberOfComments: 3,
      repSpeakerShare: 61.5,
    });
    expect(document?.longestMonologueMillis).toBeUndefined();
    expect([...document!.speakerMap]).toEqual([['0', 'Marcus Bell']]);
    expect([...document!.unreadComments]).toEqual([['u1', 2]]);
    expect(document?.evaluation?.evaluatedNodes.items[1]).toMatchObject({
      score: '8/10',
      citations: { items: [{ startMs: 45_000 }], skipped: 0 },
    });
    expect(document?.jumpToTags?.items).toEqual([
      { kind: 'OBJECTION', startMs: 1_000, endMs: undefined, preview: 'Too expensive', bookmarkConfigId: undefined },
    ]);
  });

  it('skips a broken criterion, citation or moment and keeps the rest', () => {
    const document = pickRecordingDocument(
      {
        data: [
          {
            id: 'r1',
            evaluation: {
              pointsEarned: 'eighty',
              evaluatedNodes: [
                metric('m1', { id: 42 }),
                metric('m2', { metadata: { thinkingWithCitation: { citations: [{ quote: 1 }, { quote: 'ok', startTimeInMillis: 5 }] } } }),
              ],
            },
            jumpToTags: [
              { type: 'OBJECTION', timestampInMilliseconds: 'later' },
              { type: 'PRICING', timestampInMilliseconds: 9 },
            ],
          },
        ],
      },
      'r1',
    );
    expect(document?.evaluation?.pointsEarned).toBeUndefined();
    expect(document?.evaluation?.evaluatedNodes).toMatchObject({
      skipped: 1,
      items: [{ id: 'm2', citations: { skipped: 1, items: [{ quote: 'ok' }] } }],
    });
    expect(document?.jumpToTags).toMatchObject({ skipped: 1, items: [{ kind: 'PRICING' }] });
  });

  it('tells an unreadable evaluation from a missing one, and answers null without the document', () => {
    expect(pickRecordingDocument({ data: [{ id: 'r1', evaluation: 'broken' }] }, 'r1')).toMatchObject({
      evaluation: null,
      evaluationUnreadable: true,
    });
    expect(pickRecordingDocument({ data: [{ id: 'r1' }] }, 'r1')).toMatchObject({ evaluation: null, evaluationUnreadable: false });
    expect(pickRecordingDocument({ data: [{ id: 'r1' }] }, 'r1')?.jumpToTags).toBeUndefined();
    expect(pickRecordingDocument({ data: [{ id: 'other' }] }, 'r1')).toBeNull();
    expect(pickRecordingDocument({ data: null }, 'r1')).toBeNull();
  });
});
