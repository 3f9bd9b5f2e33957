import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { INBOX_ENTRIES } from './data/inbox-recordings.ts';
import { talkMetricsOf } from './data/talk-metrics.ts';
import { FOLLOWUP_RECORDINGS } from './followups.ts';
import { audioDurationMs, conversationFor, RecordingStore } from './recordings.ts';
import {
  COMPLETE_SALE_RECORDING_ID,
  DELETED_RECORDING_ID,
  NEGATIVE_RECORDING_ID,
  NO_CRM_MATCH_RECORDING_ID,
  PROCESSING_RECORDING_ID,
  READ_ONLY_TOKEN,
  SPANISH_RECORDING_ID,
  VALUE_KINDS_RECORDING_ID,
} from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

/**
 * Every sample recording a manager can open, hand-written or generated: the inbox's and the
 * queue's, and the processing one once complete. The deleted one has no transcript to ground anything in.
 */
const TRANSCRIBED = [
  ...new Set([...INBOX_ENTRIES.map((entry) => entry.recording.id), ...FOLLOWUP_RECORDINGS.map((recording) => recording.id)]),
]
  .filter((id) => id !== DELETED_RECORDING_ID)
  .concat(`${PROCESSING_RECORDING_ID}-scorecard`);
const store = new RecordingStore();
for (let i = 0; i < 3; i += 1) store.find(`${PROCESSING_RECORDING_ID}-scorecard`, true);

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

  it('grounds ALL of them: 72 in the inbox (less the deleted one), 44 more in the queue, the processing one', () => {
    expect(TRANSCRIBED).toHaveLength(72 - 1 + 44 + 1);
  });

  it.each(TRANSCRIBED)('grounds the scorecard, the moments and the talk metrics in the transcript (%s)', async (id) => {
    // The processing recording has its transcript once its detail has answered complete.
    for (let i = 0; i < 3; i += 1) await api.json(`/v1/core/recordings/${id}`);
    const { document } = await documentOf(id);
    const recording = store.find(id, false)!;
    const { utterances } = conversationFor(recording).transcript;
    expect(utterances.length).toBeGreaterThan(10);
    // The conversation fits in the recording: the audio is as long as the recording says.
    expect(utterances.at(-1)!.endTimeInMillis).toBeLessThanOrEqual(recording.durationInMilliseconds ?? 0);
    expect(audioDurationMs(recording)).toBe(recording.durationInMilliseconds);
    const said = (quote: unknown, start: unknown) => utterances.some((u) => u.utterance === quote && u.startTimeInMillis === start);
    const tags = document?.jumpToTags as JsonRecord[];
    expect(tags.length).toBeGreaterThanOrEqual(4);
    for (const tag of tags) expect(said(tag.preview, tag.timestampInMilliseconds), String(tag.preview)).toBe(true);
    const times = tags.map((tag) => Number(tag.timestampInMilliseconds));
    expect(new Set(tags.map((tag) => tag.type)).size).toBeGreaterThanOrEqual(3);
    if (id !== COMPLETE_SALE_RECORDING_ID && id !== NEGATIVE_RECORDING_ID) expect(times).toEqual([...times].sort((a, b) => a - b));
    if (id !== VALUE_KINDS_RECORDING_ID) expect(document).toMatchObject(talkMetricsOf({ utterances, speakerMap: {} })!);
    // Siro evaluates a recording that has a score; one without a score has no scorecard.
    if (typeof recording.evaluationScore !== 'number') {
      expect(document?.evaluation).toBeNull();
      return;
    }
    const evaluation = document?.evaluation as JsonRecord;
    const nodes = evaluation.evaluatedNodes as JsonRecord[];
    const metrics = nodes.filter((node) => node.nodeType === 'METRIC');
    expect(nodes.filter((node) => node.nodeType === 'SECTION')).toHaveLength(3);
    expect(metrics.length).toBeGreaterThanOrEqual(8);
    expect(metrics.length).toBeLessThanOrEqual(10);
    const citations = metrics.flatMap(
      (node) => ((node.metadata as JsonRecord).thinkingWithCitation as JsonRecord).citations as JsonRecord[],
    );
    expect(citations.length).toBeGreaterThanOrEqual(8);
    for (const citation of citations) expect(said(citation.quote, citation.startTimeInMillis), String(citation.quote)).toBe(true);
    // What the reasoning quotes ("at 2:14: “the start of a line…”") was said at that time.
    for (const node of metrics) {
      const thinking = String((node.metadata as JsonRecord).thinking);
      for (const [, clock = '', excerpt = ''] of thinking.matchAll(/at ([\d:]+): “([^”]+)”/gu)) {
        const seconds = clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
        const start = excerpt.replace(/…$/u, '');
        const line = utterances.find((u) => Math.floor(u.startTimeInMillis / 1000) === seconds && u.utterance.startsWith(start));
        expect(line, `${node.name}: ${excerpt} at ${clock}`).toBeDefined();
      }
    }
    const earned = metrics.reduce((sum, node) => sum + Number(node.pointsEarned), 0);
    expect(evaluation.pointsEarned).toBe(earned);
    expect(evaluation.pointsEarned).toBe(recording.evaluationScore);
  });

  it('tags an objection, a price and the next steps in every generated conversation', async () => {
    const generated = TRANSCRIBED.filter((id) => id.startsWith('b0a1') || id.startsWith('f011'));
    expect(generated).toHaveLength(64 + 44);
    for (const id of generated) {
      const kinds = ((await documentOf(id)).document?.jumpToTags as JsonRecord[]).map((tag) => tag.type);
      expect(kinds, id).toEqual(expect.arrayContaining(['OBJECTION', 'PRICING', 'NEXT_STEPS']));
    }
  });

  it('tags objections, prices and next steps where they are said', async () => {
    const tagsOf = async (id: string) =>
      ((await documentOf(id)).document?.jumpToTags as JsonRecord[]).map((tag) => [tag.type, tag.preview]);
    expect(await tagsOf(SPANISH_RECORDING_ID)).toEqual(
      expect.arrayContaining([
        ['OBJECTION', 'Mmm. No sé, es mucho dinero. Tendría que hablar con mi esposo.'],
        ['CLOSE', 'Aquí firma, y aquí pone sus iniciales para el reembolso de CPS Energy.'],
      ]),
    );
    expect(await tagsOf(VALUE_KINDS_RECORDING_ID)).toEqual(
      expect.arrayContaining([
        ['PRICING', 'One eighty-five, parts and labor. I have one on the truck.'],
        ['OBJECTION', 'Not right now, thank you. Maybe next year.'],
      ]),
    );
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
    expect(older?.evaluation).not.toBeNull();
  });

  it('says when a person corrected the outcome, and shows their outcome, after the PATCH and for good', async () => {
    const id = NO_CRM_MATCH_RECORDING_ID;
    const before = (await documentOf(id)).document;
    expect(before).toMatchObject({ manuallyEdited: false });
    const outcomes = (await api.json(`/v1/core/recordings/${id}/outcomes`)).body.data as JsonRecord;
    const other = (outcomes.possibleOutcomes as JsonRecord[]).find((item) => item.universalLabel !== before?.universalOutcomeLabel)!;
    const saved = await api.json(`/v1/core/recordings/${id}/outcomes`, {
      method: 'PATCH',
      body: { selectedCustomLabels: [other.customLabel] },
    });
    expect(saved.status).toBe(200);
    expect((await documentOf(id)).document).toMatchObject({ manuallyEdited: true, universalOutcomeLabel: other.universalLabel });
    expect((await documentOf(COMPLETE_SALE_RECORDING_ID)).document).toMatchObject({ manuallyEdited: false });
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
