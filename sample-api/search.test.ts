import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GENERATED_RECORDINGS, INBOX_ENTRIES, REPS } from './data/inbox-recordings.ts';
import { ORGANIZATION_ID, ROOFING } from './data/org.ts';
import { READ_ONLY_TOKEN } from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Hit = JsonRecord & { recordingId: string; dateCreated: number };
type Answer = { status: number; hits: Hit[]; total: number; offset: number; limit: number; body: JsonRecord };

async function search(query: JsonRecord, paging: JsonRecord = { page: 1, pageSize: 100 }, token?: string): Promise<Answer> {
  const { status, body } = await api.json('/v1/core/recordings/search', { method: 'POST', body: { query, ...paging }, token });
  const data = (body.data ?? {}) as JsonRecord;
  return {
    status,
    body,
    hits: (data.hits ?? []) as Hit[],
    total: data.estimatedTotalHits as number,
    offset: data.offset as number,
    limit: data.limit as number,
  };
}

describe('POST /v1/core/recordings/search', () => {
  it('searches over at least 60 recordings, 4 teams, 8 reps, 90 days, scores 35 to 98', async () => {
    const { hits, total } = await search({});
    expect(total).toBe(INBOX_ENTRIES.length);
    expect(total).toBeGreaterThanOrEqual(60);
    expect(new Set(hits.map((hit) => hit.teamId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(hits.map((hit) => hit.userId)).size).toBeGreaterThanOrEqual(8);
    const dates = hits.map((hit) => hit.dateCreated);
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(85 * 86_400_000);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const scores = hits.flatMap((hit) => ((hit.evaluation as JsonRecord | null)?.pointsEarned as number | undefined) ?? []);
    expect(Math.min(...scores)).toBe(35);
    expect(Math.max(...scores)).toBe(98);
    for (const field of ['isPrivate', 'viewed'] as const) expect(new Set(hits.map((hit) => hit[field]))).toEqual(new Set([true, false]));
    expect(new Set(hits.map((hit) => hit.result))).toEqual(new Set(['closed', 'not closed', 'in progress', null]));
    expect(new Set(hits.map((hit) => hit.universalOutcomeLabel))).toEqual(new Set(['POSITIVE', 'NEGATIVE', 'NEUTRAL', null]));
  });

  it('is open to a read-only token (a read sent as POST)', async () => {
    expect((await search({}, undefined, READ_ONLY_TOKEN)).status).toBe(200);
  });

  it('honours each filter', async () => {
    const rep = REPS[1]!;
    expect((await search({ repUids: [rep.userId] })).hits.every((hit) => hit.userId === rep.userId)).toBe(true);
    const team = await search({ teamIds: [ROOFING.teamId] });
    expect(team.total).toBeGreaterThan(0);
    expect(team.hits.every((hit) => hit.teamId === ROOFING.teamId)).toBe(true);
    const startDate = Date.UTC(2026, 3, 1);
    const endDate = Date.UTC(2026, 3, 15);
    expect((await search({ startDate, endDate })).hits.every((hit) => hit.dateCreated >= startDate && hit.dateCreated <= endDate)).toBe(
      true,
    );
    expect((await search({ results: ['closed'] })).hits.every((hit) => hit.result === 'closed')).toBe(true);
    expect((await search({ conversationTypes: ['Door knock'] })).hits.every((hit) => hit.conversationType === 'Door knock')).toBe(true);
    expect((await search({ universalOutcomeLabels: ['NEGATIVE'] })).hits.every((hit) => hit.universalOutcomeLabel === 'NEGATIVE')).toBe(
      true,
    );
    const scored = await search({ minEvaluationScore: 60, maxEvaluationScore: 70 });
    expect(scored.total).toBeGreaterThan(0);
    expect(
      scored.hits.every((hit) => {
        const points = (hit.evaluation as JsonRecord).pointsEarned as number;
        return points >= 60 && points <= 70;
      }),
    ).toBe(true);
    expect((await search({ minDurationMs: 3_600_000 })).hits.every((hit) => (hit.durationInMilliseconds as number) >= 3_600_000)).toBe(
      true,
    );
    const commented = await search({ hasComments: true });
    const uncommented = await search({ hasComments: false });
    expect(commented.total).toBeGreaterThan(0);
    expect(commented.total + uncommented.total).toBe(INBOX_ENTRIES.length);
    expect((await search({ isPrivate: true })).hits.every((hit) => hit.isPrivate === true)).toBe(true);
    const words = await search({ searchText: 'WHITAKER roof' });
    expect(words.hits.map((hit) => hit.title)).toEqual(['Whitaker – roof replacement consultation']);
  });

  it('adds the customer only when asked, and the scorecard unless told not to', async () => {
    const plain = (await search({ searchText: 'Whitaker' })).hits[0]!;
    expect(plain).not.toHaveProperty('crmCustomer');
    expect(plain.evaluation).toMatchObject({ pointsEarned: 88, pointsPossible: 100 });
    const both = (await search({ searchText: 'Whitaker', showCrmCustomer: true, showScorecardEvaluation: false })).hits[0]!;
    expect(both.crmCustomer).toMatchObject({ name: 'Karen & Tom Whitaker', organizationId: ORGANIZATION_ID });
    expect(both).not.toHaveProperty('evaluation');
  });

  it('sorts by score and duration, missing values last', async () => {
    const low = (await search({ sort: 'evaluationScore', sortDirection: 'asc' })).hits;
    const scores = low.map((hit) => (hit.evaluation as JsonRecord | null)?.pointsEarned ?? null);
    const known = scores.filter((score) => score !== null) as number[];
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(scores.slice(known.length).every((score) => score === null)).toBe(true);
    const long = (await search({ sort: 'durationInMilliseconds', sortDirection: 'desc' })).hits.map(
      (hit) => hit.durationInMilliseconds as number,
    );
    expect(long).toEqual([...long].sort((a, b) => b - a));
  });

  it('pages from 1 with an offset, pages never overlapping', async () => {
    const first = await search({}, { page: 1, pageSize: 25 });
    const third = await search({}, { page: 3, pageSize: 25 });
    expect([first.offset, first.limit, third.offset]).toEqual([0, 25, 50]);
    expect(third.hits).toHaveLength(INBOX_ENTRIES.length - 50);
    const all = [...first.hits, ...(await search({}, { page: 2, pageSize: 25 })).hits, ...third.hits].map((hit) => hit.recordingId);
    expect(new Set(all).size).toBe(INBOX_ENTRIES.length);
  });

  it('answers 422 to a malformed request', async () => {
    expect((await search({ sort: 'loudness' })).status).toBe(422);
    expect((await search({ repUids: 'u-1' })).status).toBe(422);
    expect((await search({}, { page: 0 })).status).toBe(422);
    const { status, body } = await api.json('/v1/core/recordings/search', { method: 'POST', body: { page: 1 } });
    expect(status).toBe(422);
    expect(body).toMatchObject({ name: 'ZodError', issues: [{ path: ['query'] }] });
  });

  it('misbehaves on the fault search texts', async () => {
    expect((await search({ searchText: 'fault-search-500' })).status).toBe(500);
    const limited = await api.request('/v1/core/recordings/search', {
      method: 'POST',
      body: { query: { searchText: 'fault-search-429' } },
    });
    expect([limited.status, limited.headers['retry-after']]).toEqual([429, '1']);
    const broken = await search({ searchText: 'fault-search-broken' }, { page: 1, pageSize: 10 });
    expect(broken.hits).toHaveLength(14);
    expect(broken.hits).toContain('not a hit');
  });
});

describe('the generated recordings and the lookups', () => {
  it('opens every generated recording on the detail endpoint', async () => {
    const recording = GENERATED_RECORDINGS[5]!;
    const { status, body } = await api.json(`/v1/core/recordings/${recording.id}?showEvaluationScore=true`);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ id: recording.id, title: recording.title, evaluationScore: recording.evaluationScore });
  });

  it('lists conversation types and score colours for the organisation only', async () => {
    const types = await api.json(`/v1/core/conversation-configurations?organizationId=${ORGANIZATION_ID}`);
    expect((types.body.data as JsonRecord[]).map((type) => type.conversationType)).toContain('Door knock');
    const colours = await api.json(`/v1/core/scorecards/color-configurations?organizationId=${ORGANIZATION_ID}`);
    expect((colours.body.data as JsonRecord).colorConfigurations).toHaveLength(3);
    expect((await api.json('/v1/core/conversation-configurations')).status).toBe(422);
    expect((await api.json('/v1/core/scorecards/color-configurations?organizationId=other')).status).toBe(403);
  });
});
