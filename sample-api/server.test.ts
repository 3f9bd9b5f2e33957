import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  BENCH_LARGE_RECORDING_ID,
  COMPLETE_SALE_RECORDING_ID,
  DELETED_RECORDING_ID,
  DEMO_TOKEN,
  FRENCH_NEUTRAL_RECORDING_ID,
  MANY_EXTRACTIONS_RECORDING_ID,
  NEGATIVE_RECORDING_ID,
  NO_CRM_MATCH_RECORDING_ID,
  PROCESSING_RECORDING_ID,
  SAMPLE_RECORDING_ID,
  SPANISH_RECORDING_ID,
  VALUE_KINDS_RECORDING_ID,
} from './server.ts';
import { dataOf, startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

const SECTIONS = [
  ['showSummary', 'summary'],
  ['showCrmCustomers', 'crmCustomer'],
  ['showCrmOpportunities', 'crmOpportunities'],
  ['showEntityExtractions', 'entityExtractions'],
  ['showEvaluationScore', 'evaluationScore'],
  ['showFollowups', 'followups'],
] as const;
const ALL_FLAGS = SECTIONS.map(([flag]) => `${flag}=true`).join('&');
const recordingPath = (id: string, query = '') => `/v1/core/recordings/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
const ROUTE_NOT_FOUND = { code: 404, message: 'The current request is not defined by this API.' };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('auth', () => {
  it('accepts the demo token and answers the documented envelope and headers', async () => {
    const { status, headers, body } = await api.json(recordingPath(SAMPLE_RECORDING_ID));
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(headers['cache-control']).toBe('no-store');
    expect(body).toMatchObject({ cursor: null, pageSize: 1, limit: 1, total: 1, hasNextPage: false });
    expect(dataOf(body)).toMatchObject({ id: SAMPLE_RECORDING_ID, deleted: false, dateCreated: expect.any(String) });
  });

  it('answers 401 without a token or with another token, before revealing whether the id exists', async () => {
    for (const token of [null, 'nope', DEMO_TOKEN.toUpperCase(), `${DEMO_TOKEN}-2`, '']) {
      for (const id of [SAMPLE_RECORDING_ID, 'no-such-recording', 'fault-500']) {
        const { status, body } = await api.json(recordingPath(id), { token });
        expect(status).toBe(401);
        expect(body).toEqual({ error: 'Invalid or expired token' });
      }
    }
  });

  it('serves a short-lived token once, then says it has expired', async () => {
    const token = `short-lived-${Date.now()}`;
    expect((await api.json(recordingPath(SAMPLE_RECORDING_ID), { token })).status).toBe(200);
    const second = await api.json(recordingPath(SAMPLE_RECORDING_ID), { token });
    expect(second.status).toBe(401);
    expect(second.body).toEqual({ error: 'Token has expired' });
    // Another short-lived token is a new session with its own single request.
    expect((await api.json(recordingPath(SAMPLE_RECORDING_ID), { token: `${token}-b` })).status).toBe(200);
  });
});

describe('compression', () => {
  it('sends JSON gzipped to a client that accepts it, as an API behind a CDN does, and plain to one that does not', async () => {
    const path = recordingPath(COMPLETE_SALE_RECORDING_ID, ALL_FLAGS);
    const plain = await api.request(path);
    const zipped = await api.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.text);
  });

  it('leaves small answers as they are', async () => {
    const small = await api.request('/v1/core/recordings/no-such-recording', { headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.text)).toEqual({ error: 'Recording not found' });
  });
});

describe('section flags', () => {
  it('includes no section without flags', async () => {
    const data = dataOf((await api.json(recordingPath(SAMPLE_RECORDING_ID))).body);
    for (const [, key] of SECTIONS) expect(data).not.toHaveProperty(key);
    expect(data).toMatchObject({ transcriptionStatus: 'COMPLETE', universalOutcomeLabel: 'POSITIVE' });
  });

  it.each(SECTIONS)('includes only %s → %s when the flag is exactly "true"', async (flag, key) => {
    const data = dataOf((await api.json(recordingPath(SAMPLE_RECORDING_ID, `${flag}=true`))).body);
    expect(data).toHaveProperty(key);
    for (const [, other] of SECTIONS) if (other !== key) expect(data).not.toHaveProperty(other);
    for (const value of ['false', 'TRUE', '1', '', 'yes']) {
      const off = dataOf((await api.json(recordingPath(SAMPLE_RECORDING_ID, `${flag}=${value}`))).body);
      expect(off).not.toHaveProperty(key);
    }
  });

  it('fills every section of the complete sale', async () => {
    const data = dataOf((await api.json(recordingPath(SAMPLE_RECORDING_ID, ALL_FLAGS))).body);
    expect(typeof data.summary).toBe('string');
    expect(data.crmCustomer).toMatchObject({ matchingSource: 'DIRECT', crmUrl: expect.stringMatching(/^https:\/\//) });
    expect(data.crmOpportunities).toHaveLength(2);
    expect((data.entityExtractions as unknown[]).length).toBeGreaterThanOrEqual(6);
    expect(data.evaluationScore).toEqual(expect.any(Number));
    expect(data.followups).toEqual([expect.objectContaining({ followupType: 'CROSS_SELL', status: 'IN_PROGRESS' })]);
  });
});

describe('sample recordings', () => {
  const get = async (id: string) => dataOf((await api.json(recordingPath(id, ALL_FLAGS))).body);

  it('has one of each kind', async () => {
    expect(await get(DELETED_RECORDING_ID)).toMatchObject({ deleted: true, transcriptionStatus: 'REMOVED' });
    expect(await get(SPANISH_RECORDING_ID)).toMatchObject({
      transcriptionLanguage: 'Spanish',
      summary: expect.stringContaining('instalación'),
    });
    expect(await get(NEGATIVE_RECORDING_ID)).toMatchObject({ universalOutcomeLabel: 'NEGATIVE' });
    expect(await get(NO_CRM_MATCH_RECORDING_ID)).toMatchObject({
      crmCustomer: { matchingSource: 'NOT_FOUND', name: null },
      crmOpportunities: [],
    });
    expect(await get(FRENCH_NEUTRAL_RECORDING_ID)).toMatchObject({
      title: null,
      transcriptionLanguage: 'French',
      universalOutcomeLabel: 'NEUTRAL',
    });
  });

  it('carries every extraction value kind, a FAIL, a deleted definition and an unknown status', async () => {
    const extractions = (await get(VALUE_KINDS_RECORDING_ID)).entityExtractions as JsonRecord[];
    const values = extractions.flatMap((item) => ((item.extraction as JsonRecord[] | null) ?? []).map((entry) => entry.value));
    expect(extractions.find((item) => item.status === 'FAIL')).toMatchObject({ extraction: null });
    expect(extractions.some((item) => item.siroEntityDefinitionDeleted === true)).toBe(true);
    expect(extractions.some((item) => item.status === 'QUEUED')).toBe(true);
    expect(values).toEqual(expect.arrayContaining(['', null, false, 2.5, ['R-410A', 118, true, null]]));
    expect(values.some((value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string') && value.length > 0)).toBe(
      true,
    );
  });

  it('has a score and realistic follow-ups on most recordings, each follow-up about its own recording', async () => {
    const ids = [
      SAMPLE_RECORDING_ID,
      SPANISH_RECORDING_ID,
      NEGATIVE_RECORDING_ID,
      NO_CRM_MATCH_RECORDING_ID,
      VALUE_KINDS_RECORDING_ID,
      MANY_EXTRACTIONS_RECORDING_ID,
      FRENCH_NEUTRAL_RECORDING_ID,
    ];
    for (const id of ids) {
      const data = await get(id);
      expect(data.evaluationScore, id).toEqual(expect.any(Number));
      const followups = data.followups as JsonRecord[];
      expect(followups.length, id).toBeGreaterThan(0);
      for (const followup of followups) {
        expect(followup).toMatchObject({
          recordingId: id,
          followupType: expect.stringMatching(/^(REHASH|CROSS_SELL)$/),
          followupAction: expect.any(String),
        });
        expect(followup.score as number).toBeGreaterThanOrEqual(1);
        expect(followup.score as number).toBeLessThanOrEqual(5);
      }
    }
    expect(await get(DELETED_RECORDING_ID)).toMatchObject({ evaluationScore: null, followups: [] });
  });

  it('generates 400, and for the benchmark 2,000 extractions and 300 opportunities, the same every time', async () => {
    expect((await get(MANY_EXTRACTIONS_RECORDING_ID)).entityExtractions).toHaveLength(400);
    const bench = await get(BENCH_LARGE_RECORDING_ID);
    expect(bench.entityExtractions).toHaveLength(2_000);
    expect(bench.crmOpportunities).toHaveLength(300);
    expect(await get(BENCH_LARGE_RECORDING_ID)).toEqual(bench);
  });
});

describe('processing recording', () => {
  it('is in progress for two requests and complete from the third, per full id', async () => {
    const id = `${PROCESSING_RECORDING_ID}-${Date.now()}`;
    const other = `${PROCESSING_RECORDING_ID}-other-${Date.now()}`;
    for (let i = 0; i < 2; i++) {
      const data = dataOf((await api.json(recordingPath(id, 'showSummary=true&showEntityExtractions=true'))).body);
      expect(data).toMatchObject({
        id,
        processingStatus: 'in-progress',
        processingStage: 'processing',
        transcriptionStatus: 'TRANSCRIBING',
        summary: null,
        entityExtractions: [],
      });
    }
    const inProgressWithoutFlags = dataOf((await api.json(recordingPath(other))).body);
    expect(inProgressWithoutFlags).not.toHaveProperty('summary');
    expect(inProgressWithoutFlags).not.toHaveProperty('entityExtractions');

    const done = dataOf((await api.json(recordingPath(id, 'showSummary=true&showEntityExtractions=true'))).body);
    expect(done).toMatchObject({
      processingStatus: 'complete',
      processingStage: 'done',
      transcriptionStatus: 'COMPLETE',
      summary: expect.any(String),
    });
    expect((done.entityExtractions as unknown[]).length).toBeGreaterThan(0);
    // The other id is still on its own cycle.
    expect(dataOf((await api.json(recordingPath(other))).body)).toMatchObject({ processingStatus: 'in-progress' });
  });
});

describe('not found and odd ids', () => {
  it('answers the recording 404 for unknown ids', async () => {
    const { status, headers, body } = await api.json(recordingPath('00000000-0000-4000-8000-000000000000'));
    expect(status).toBe(404);
    expect(headers['content-type']).toBe('application/json; charset=utf-8');
    expect(body).toEqual({ error: 'Recording not found' });
  });

  it('keeps an encoded slash inside one id segment', async () => {
    const { status, body } = await api.json(`/v1/core/recordings/${encodeURIComponent('a/b')}`);
    expect(status).toBe(404);
    expect(body).toEqual({ error: 'Recording not found' });
  });

  it('decodes ids, and answers 400 when they cannot be decoded', async () => {
    expect((await api.json(`/v1/core/recordings/${encodeURIComponent(SAMPLE_RECORDING_ID).replace('3f', '%33f')}`)).status).toBe(200);
    const { status, body } = await api.json('/v1/core/recordings/%E0%A4%A');
    expect(status).toBe(400);
    expect(body).toEqual({ error: 'Malformed recording id' });
  });

  it('answers "not found" for ids over 1,000 characters, even processing ones', async () => {
    const long = await api.json(recordingPath(`${PROCESSING_RECORDING_ID}-${'x'.repeat(1_000)}`));
    expect(long.status).toBe(404);
    expect(long.body).toEqual({ error: 'Recording not found' });
    expect((await api.json(recordingPath('<script>😀 ✓'))).status).toBe(404);
  });

  it('answers the gateway 404 for other paths and methods', async () => {
    for (const [method, path] of [
      ['GET', '/v1/core/recordings/a/b'],
      ['GET', '/v1/core/recordings/'],
      ['GET', `/v1/core/recordings/${SAMPLE_RECORDING_ID}/`],
      ['GET', '/v1/core/recording/x'],
      ['GET', '/'],
      ['POST', `/v1/core/recordings/${SAMPLE_RECORDING_ID}`],
      ['DELETE', `/v1/core/recordings/${SAMPLE_RECORDING_ID}`],
      ['OPTIONS', `/v1/core/recordings/${SAMPLE_RECORDING_ID}`],
    ] as const) {
      const { status, body } = await api.json(path, { method });
      expect(status, `${method} ${path}`).toBe(404);
      expect(body).toEqual(ROUTE_NOT_FOUND);
    }
  });

  it('answers /healthz without a token', async () => {
    const response = await api.request('/healthz', { token: null });
    expect(response.status).toBe(200);
    expect(response.text).toBe('ok');
  });
});

it('exports the complete sale as the sample recording', () => {
  expect(SAMPLE_RECORDING_ID).toBe(COMPLETE_SALE_RECORDING_ID);
  expect(DEMO_TOKEN).toBe('siro-demo-token');
});
