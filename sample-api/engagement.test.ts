import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENGAGEMENT_FAULT_ID } from './engagement.ts';
import { COMPLETE_SALE_RECORDING_ID, READ_ONLY_TOKEN, SPANISH_RECORDING_ID } from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const path = (id: string, what: 'viewed' | 'listen') => `/v1/core/recordings/${encodeURIComponent(id)}/${what}`;
const listen = (body: JsonRecord, id = COMPLETE_SALE_RECORDING_ID, token?: string) =>
  api.json(path(id, 'listen'), { method: 'PUT', token, body });
const engagementOf = (body: JsonRecord) => (body.data as JsonRecord).recordingEngagement as JsonRecord;

describe('PUT viewed', () => {
  it('answers success for a known recording, 404 for an unknown one', async () => {
    expect(await api.json(path(COMPLETE_SALE_RECORDING_ID, 'viewed'), { method: 'PUT' })).toMatchObject({
      status: 200,
      body: { data: { success: true } },
    });
    expect((await api.json(path('nope', 'viewed'), { method: 'PUT' })).status).toBe(404);
  });

  it('shows in the inbox: an unviewed recording comes back viewed, the others keep their seed', async () => {
    const viewed = async () => {
      const { body } = await api.json('/v1/core/recordings/search', { method: 'POST', body: { query: {}, page: 1, pageSize: 100 } });
      const hits = ((body.data as JsonRecord).hits as JsonRecord[]).map((hit) => [hit.recordingId, hit.viewed]);
      return Object.fromEntries(hits) as Record<string, boolean>;
    };
    const before = await viewed();
    expect(before[SPANISH_RECORDING_ID]).toBe(false);
    await api.json(path(SPANISH_RECORDING_ID, 'viewed'), { method: 'PUT' });
    expect(await viewed()).toEqual({ ...before, [SPANISH_RECORDING_ID]: true });
  });
});

describe('PUT listen', () => {
  it('creates an engagement, then updates the same one when its id comes back', async () => {
    const first = await listen({ duration: 20_000, clientPlatform: 'WEB' });
    expect(first.status).toBe(200);
    const created = engagementOf(first.body);
    expect(created).toMatchObject({ durationMilliseconds: 20_000, recordingId: COMPLETE_SALE_RECORDING_ID, clientPlatform: 'WEB' });

    const second = engagementOf((await listen({ recordingEngagementId: created.id, duration: 41_000, clientPlatform: 'WEB' })).body);
    expect(second).toMatchObject({ id: created.id, durationMilliseconds: 41_000, createdAt: created.createdAt });
  });

  it('validates the body as the reference does', async () => {
    for (const body of [
      {},
      { duration: -1 },
      { duration: 1.5 },
      { duration: 1, clientPlatform: 'TV' },
      { duration: 1, recordingEngagementId: '' },
      { duration: 1, extra: true },
    ]) {
      expect((await listen(body)).status, JSON.stringify(body)).toBe(422);
    }
  });
});

describe('faults and scope', () => {
  it('fails both for the engagement fault id, and refuses the read-only token', async () => {
    expect((await api.json(path(ENGAGEMENT_FAULT_ID, 'viewed'), { method: 'PUT' })).status).toBe(500);
    expect((await listen({ duration: 1 }, ENGAGEMENT_FAULT_ID)).status).toBe(500);
    expect((await api.json(path(COMPLETE_SALE_RECORDING_ID, 'viewed'), { method: 'PUT', token: READ_ONLY_TOKEN })).status).toBe(403);
    expect((await listen({ duration: 1 }, COMPLETE_SALE_RECORDING_ID, READ_ONLY_TOKEN)).status).toBe(403);
  });
});
