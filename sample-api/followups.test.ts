import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { READ_ONLY_TOKEN } from './auth.ts';
import { COMPLETE_SALE_RECORDING_ID } from './ids.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
});
afterEach(() => api.close());

type Page = { data: { totalCount: number; totalRevenue: number; followups: JsonRecord[] }; cursor: string | null };

async function list(search = ''): Promise<Page> {
  const { status, body } = await api.json(`/v1/core/followups${search}`);
  expect(status).toBe(200);
  return body as unknown as Page;
}

async function everyPage(search: string): Promise<JsonRecord[]> {
  const all: JsonRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: Page = await list(`${search}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    all.push(...page.data.followups);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

const COMPLETE_SALE_FOLLOWUP = 'f0a1b2c3-d4e5-4f60-8a1b-2c3d4e5f6a70';

describe('GET /v1/core/followups', () => {
  it('holds at least 40 follow-ups over several reps and teams, every type and status, and pages them with an opaque cursor', async () => {
    const all = await everyPage('?minimumScore=1&limit=10');
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((f) => f.followupId)).size).toBe(all.length);
    expect(new Set(all.map((f) => f.repId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(all.map((f) => f.teamId)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((f) => f.followupType))).toEqual(new Set(['REHASH', 'CROSS_SELL']));
    expect(new Set(all.map((f) => f.status))).toEqual(new Set(['TO_DO', 'IN_PROGRESS', 'COMPLETE']));
    const first = await list('?minimumScore=1&limit=10');
    expect(first.data.totalCount).toBe(all.length);
    expect(first.data.totalRevenue).toBeGreaterThan(0);
    expect(first.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('leaves out scores under 3 by default, as Siro documents', async () => {
    const all = await everyPage('?limit=100');
    expect(all.every((f) => (f.score as number) >= 3)).toBe(true);
    expect(all.length).toBeLessThan((await everyPage('?minimumScore=1&limit=100')).length);
  });

  it('honours every filter', async () => {
    const rows = await everyPage('?minimumScore=4&statuses=TO_DO&statuses=IN_PROGRESS&limit=100');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((f) => (f.score as number) >= 4 && f.status !== 'COMPLETE')).toBe(true);
    const starred = await everyPage('?minimumScore=1&starred=true&limit=100');
    expect(starred.length).toBeGreaterThan(0);
    expect(starred.every((f) => f.starred === true)).toBe(true);
    const first = (await list('?minimumScore=1')).data.followups[0]!;
    const byRep = await everyPage(`?minimumScore=1&userIds=${first.repId as string}`);
    expect(byRep.every((f) => f.repId === first.repId)).toBe(true);
    const byTeam = await everyPage(`?minimumScore=1&teamIds=${first.teamId as string}`);
    expect(byTeam.every((f) => f.teamId === first.teamId)).toBe(true);
    const april = await everyPage('?minimumScore=1&createdAfter=2026-04-01T00:00:00Z&createdBefore=2026-04-15T23:59:59Z');
    expect(april.length).toBeGreaterThan(0);
    expect(april.every((f) => (f.dateCreated as string) >= '2026-04-01' && (f.dateCreated as string) < '2026-04-16')).toBe(true);
    const doorKnocks = await everyPage('?minimumScore=1&conversationTypes=Door%20knock');
    expect(doorKnocks.length).toBeGreaterThan(0);
    expect(doorKnocks.length).toBeLessThan((await everyPage('?minimumScore=1')).length);
  });

  it('answers a validation report for bad filters and 400 for a cursor it did not make', async () => {
    expect((await api.json('/v1/core/followups?statuses=DONE')).status).toBe(422);
    expect((await api.json('/v1/core/followups?limit=500')).body).toMatchObject({ name: 'ZodError' });
    expect((await api.json('/v1/core/followups?cursor=nonsense')).status).toBe(400);
  });
});

describe('PATCH /v1/core/followups/{id}', () => {
  it('changes status, star and note, adds to the history, and the queue and the recording answer it', async () => {
    const patch = (body: Record<string, unknown>) => api.json(`/v1/core/followups/${COMPLETE_SALE_FOLLOWUP}`, { method: 'PATCH', body });
    const answered = await patch({ status: 'COMPLETE', starred: false, note: 'Booked for <b>May 12</b>' });
    expect(answered.status).toBe(200);
    const data = answered.body.data as JsonRecord;
    expect(data).toMatchObject({ status: 'COMPLETE', starred: false, note: 'Booked for <b>May 12</b>', completed: true });
    expect((data.history as JsonRecord[]).at(-1)).toMatchObject({
      status: 'COMPLETE',
      note: 'Booked for <b>May 12</b>',
      updatedBy: 'Jordan Reyes',
    });

    const queued = (await everyPage('?minimumScore=1&statuses=COMPLETE&limit=100')).find((f) => f.followupId === COMPLETE_SALE_FOLLOWUP);
    expect(queued).toMatchObject({ status: 'COMPLETE', starred: false });
    const detail = await api.json(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}?showFollowups=true`);
    expect(((detail.body.data as JsonRecord).followups as JsonRecord[])[0]).toMatchObject({
      status: 'COMPLETE',
      note: 'Booked for <b>May 12</b>',
    });
  });

  it('validates the body, answers 404 for an unknown id and 403 to a read-only token', async () => {
    const path = `/v1/core/followups/${COMPLETE_SALE_FOLLOWUP}`;
    expect((await api.json(path, { method: 'PATCH', body: { status: 'DONE' } })).status).toBe(422);
    expect((await api.json(path, { method: 'PATCH', body: { note: '   ' } })).status).toBe(422);
    expect((await api.json(path, { method: 'PATCH', body: { starred: 'yes' } })).body).toMatchObject({ name: 'ZodError' });
    expect((await api.json('/v1/core/followups/nope', { method: 'PATCH', body: { starred: true } })).status).toBe(404);
    expect((await api.json(path, { method: 'PATCH', token: READ_ONLY_TOKEN, body: { starred: true } })).status).toBe(403);
  });

  it('has write faults: a 500, and someone else’s newer version', async () => {
    expect((await api.json('/v1/core/followups/fault-write-500-followup', { method: 'PATCH', body: { starred: true } })).status).toBe(500);
    const other = await api.json('/v1/core/followups/fault-write-changed-elsewhere-followup', {
      method: 'PATCH',
      body: { status: 'IN_PROGRESS' },
    });
    expect(other.body.data).toMatchObject({ status: 'COMPLETE', completedBy: 'Marcus Bell' });
  });
});

describe('outcomes', () => {
  const path = `/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}/outcomes`;

  it('lists the conversation type’s catalogue and the extracted selection, then saves a correction the recording answers too', async () => {
    const before = (await api.json(path)).body.data as JsonRecord;
    expect(before).toMatchObject({ universalOutcomeLabel: 'POSITIVE', edited: false, selectedCustomLabels: ['Sold'] });
    expect((before.possibleOutcomes as JsonRecord[]).length).toBeGreaterThan(3);
    const saved = await api.json(path, { method: 'PATCH', body: { selectedCustomLabels: ['Lost – price'] } });
    expect(saved.body.data).toMatchObject({ universalOutcomeLabel: 'NEGATIVE', edited: true, selectedCustomLabels: ['Lost – price'] });
    const detail = await api.json(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}`);
    expect((detail.body.data as JsonRecord).universalOutcomeLabel).toBe('NEGATIVE');
    const cleared = await api.json(path, { method: 'PATCH', body: { selectedCustomLabels: [] } });
    expect(cleared.body.data).toMatchObject({ universalOutcomeLabel: null, edited: true });
  });

  it('rejects labels outside the catalogue, read-only tokens, and has write faults', async () => {
    expect((await api.json(path, { method: 'PATCH', body: { selectedCustomLabels: ['Maybe'] } })).status).toBe(422);
    expect((await api.json(path, { method: 'PATCH', body: {} })).status).toBe(422);
    expect((await api.json(path, { method: 'PATCH', token: READ_ONLY_TOKEN, body: { selectedCustomLabels: [] } })).status).toBe(403);
    expect(
      (await api.json('/v1/core/recordings/fault-write-500/outcomes', { method: 'PATCH', body: { selectedCustomLabels: ['Sold'] } }))
        .status,
    ).toBe(500);
    const other = await api.json('/v1/core/recordings/fault-write-changed-elsewhere/outcomes', {
      method: 'PATCH',
      body: { selectedCustomLabels: ['Sold'] },
    });
    expect(other.body.data).toMatchObject({ selectedCustomLabels: ['Follow-up booked'], universalOutcomeLabel: 'NEUTRAL' });
    expect((await api.json('/v1/core/recordings/unknown-id/outcomes')).status).toBe(404);
  });
});
