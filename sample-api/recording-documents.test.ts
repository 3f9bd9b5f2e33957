import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { talkMetricsOf } from './data/talk-metrics.ts';
import { conversationFor, RecordingStore } from './recordings.ts';
import { COMPLETE_SALE_RECORDING_ID, NEGATIVE_RECORDING_ID, READ_ONLY_TOKEN, VALUE_KINDS_RECORDING_ID } from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const documentOf = async (id: string, token?: string) => {
  const { status, body } = await api.json('/v1/core/recordings', { method: 'POST', body: { ids: [id] }, token });
  return { status, body, document: (body.data as JsonRecord[] | undefined)?.[0] };
};

describe('POST /v1/core/recordings', () => {
  it('answers the full document to a read-only token: rep, speakers, comments, scorecard, moments, talk metrics', async () => {
    const { status, document } = await documentOf(COMPLETE_SALE_RECORDING_ID, READ_ONLY_TOKEN);
    expect(status).toBe(200);
    expect(document).toMatchObject({
      id: COMPLETE_SALE_RECORDING_ID,
      repFirstName: 'Marcus',
      repLastName: 'Bell',
      speakerMap: { '0': 'Marcus Bell' },
      numberOfComments: 0,
      evaluation: { pointsEarned: 88, pointsPossible: 100, hasScorecard: true },
    });
    const nodes = (document?.evaluation as JsonRecord).evaluatedNodes as JsonRecord[];
    expect(nodes.filter((node) => node.nodeType === 'SECTION')).toHaveLength(3);
    expect(nodes.filter((node) => node.nodeType === 'METRIC')).toHaveLength(10);
  });

  it.each([COMPLETE_SALE_RECORDING_ID, NEGATIVE_RECORDING_ID])('cites and tags only exact utterances at their times (%s)', async (id) => {
    const { document } = await documentOf(id);
    const recording = new RecordingStore().find(id, false);
    const { utterances } = conversationFor(recording!).transcript;
    const said = (quote: unknown, start: unknown) => utterances.some((u) => u.utterance === quote && u.startTimeInMillis === start);
    const nodes = (document?.evaluation as JsonRecord).evaluatedNodes as JsonRecord[];
    const citations = nodes.flatMap(
      (node) => (((node.metadata as JsonRecord).thinkingWithCitation as JsonRecord | undefined)?.citations as JsonRecord[]) ?? [],
    );
    expect(citations.length).toBeGreaterThan(10);
    for (const citation of citations) expect(said(citation.quote, citation.startTimeInMillis)).toBe(true);
    const tags = document?.jumpToTags as JsonRecord[];
    expect(tags.length).toBeGreaterThan(5);
    for (const tag of tags) expect(said(tag.preview, tag.timestampInMilliseconds)).toBe(true);
    // The total is the sum of its criteria.
    const earned = nodes.filter((node) => node.nodeType === 'METRIC').reduce((sum, node) => sum + Number(node.pointsEarned), 0);
    expect((document?.evaluation as JsonRecord).pointsEarned).toBe(earned);
  });

  it('sends talk metrics computed from the transcript, and none for an older recording', async () => {
    const { document } = await documentOf(COMPLETE_SALE_RECORDING_ID);
    const recording = new RecordingStore().find(COMPLETE_SALE_RECORDING_ID, false);
    expect(document).toMatchObject(talkMetricsOf(conversationFor(recording!).transcript)!);
    expect(document?.repSpeakerShare).toBeGreaterThan(50);
    // The inspection on the roof is a silence, not a 22-minute monologue.
    expect(document?.longestMonologueMillis).toBeLessThan(60_000);
    const older = (await documentOf(VALUE_KINDS_RECORDING_ID)).document;
    expect(older?.repSpeakerShare).toBeUndefined();
    expect(older?.evaluation).toBeNull();
  });

  it('answers no document for an unknown id, 422 without ids, and the document faults', async () => {
    expect((await documentOf('no-such-recording')).body).toMatchObject({ data: [], total: 0 });
    expect((await api.json('/v1/core/recordings', { method: 'POST', body: {} })).status).toBe(422);
    expect((await documentOf('fault-document-500')).status).toBe(500);
    // The same recording answers its detail as usual.
    expect((await api.json('/v1/core/recordings/fault-document-500')).status).toBe(200);
    const broken = (await documentOf('fault-document-broken-evaluation')).document;
    expect((broken?.evaluation as JsonRecord).pointsEarned).toBe('eighty-eight');
  });

  it('answers the lookups: moment kinds and the organisation colour bands', async () => {
    const kinds = await api.json('/v1/core/bookmark-configs');
    expect(((kinds.body.data as JsonRecord).bookmarks as JsonRecord[]).map((item) => item.title)).toContain('Competitor mention');
    const bands = await api.json('/v1/core/scorecards/color-configurations?organizationId=0b9d7c4a-5e2f-4d18-a3c6-7f81e2d94b10');
    expect((bands.body.data as JsonRecord).colorConfigurations).toHaveLength(3);
    expect((await api.json('/v1/core/scorecards/color-configurations')).status).toBe(422);
  });
});
