import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { NOTHING_FOUND } from './chat-retrieval.ts';
import { CHAT_FAULTS, CHAT_RETRY_AFTER_SECONDS } from './chats.ts';
import {
  BENCH_LARGE_RECORDING_ID,
  COMPLETE_SALE_RECORDING_ID,
  DELETED_RECORDING_ID,
  PROCESSING_RECORDING_ID,
  READ_ONLY_TOKEN,
  SPANISH_RECORDING_ID,
} from './server.ts';
import { startTestApi, type TestApi } from './test-helpers.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

const chats = (id: string) => `/v1/core/recordings/${encodeURIComponent(id)}/chats`;
const ask = (id: string, question: unknown, token?: string) =>
  api.json(chats(id), { method: 'POST', token, body: { id, question } as Record<string, unknown> });

describe('chats/available', () => {
  it('answers a bare boolean: true with a transcript, false when deleted, processing or without one', async () => {
    const available = async (id: string) => (await api.request(`${chats(id)}/available`)).text;
    expect(await available(COMPLETE_SALE_RECORDING_ID)).toBe('true');
    expect(await available(DELETED_RECORDING_ID)).toBe('false');
    expect(await available(`${PROCESSING_RECORDING_ID}-chat`)).toBe('false');
    expect(await available(BENCH_LARGE_RECORDING_ID)).toBe('false');
    expect((await api.json(`${chats('nope')}/available`)).status).toBe(404);
  });
});

describe('chats', () => {
  it('answers { answer, quotes } unwrapped, quoting the transcript, also to a read-only token', async () => {
    for (const token of [undefined, READ_ONLY_TOKEN]) {
      const { status, body } = await ask(COMPLETE_SALE_RECORDING_ID, 'Was financing discussed?', token);
      expect(status).toBe(200);
      expect(body).toEqual({
        answer: expect.stringContaining('"financing"'),
        quotes: [expect.objectContaining({ quote: expect.stringContaining('financing options') })],
      });
    }
  });

  it('says when nothing matches', async () => {
    expect((await ask(COMPLETE_SALE_RECORDING_ID, 'What about the swimming pool?')).body).toEqual({ answer: NOTHING_FOUND, quotes: [] });
  });

  it('rejects a body without a question string (422) and an unavailable recording (400)', async () => {
    const missing = await api.json(chats(COMPLETE_SALE_RECORDING_ID), { method: 'POST', body: { id: COMPLETE_SALE_RECORDING_ID } });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ name: 'ZodError', issues: [{ path: ['question'] }] });
    expect((await ask(COMPLETE_SALE_RECORDING_ID, '   ')).status).toBe(422);
    const notObject = await api.json(chats(COMPLETE_SALE_RECORDING_ID), { method: 'POST', body: 'null' });
    expect(notObject.status).toBe(422);
    expect(notObject.body).toMatchObject({ issues: [{ code: 'invalid_type', path: [], expected: 'object', received: 'null' }] });
    // The reference's additionalProperties: false.
    const extra = await api.json(chats(COMPLETE_SALE_RECORDING_ID), {
      method: 'POST',
      body: { id: COMPLETE_SALE_RECORDING_ID, question: 'Price?', recordingId: 'other' },
    });
    expect(extra.status).toBe(422);
    expect(extra.body).toMatchObject({
      name: 'ZodError',
      issues: [{ code: 'unrecognized_keys', path: [], message: expect.stringContaining("'recordingId'") }],
    });
    const deleted = await ask(DELETED_RECORDING_ID, 'Anything?');
    expect(deleted.status).toBe(400);
    expect(deleted.body.error).toContain('deleted');
  });

  it('misbehaves on the fault markers: 500, 429 as plain text with Retry-After, slow', async () => {
    expect((await ask(COMPLETE_SALE_RECORDING_ID, `price ${CHAT_FAULTS.serverError}`)).status).toBe(500);
    const limited = await api.request(chats(COMPLETE_SALE_RECORDING_ID), {
      method: 'POST',
      body: { id: COMPLETE_SALE_RECORDING_ID, question: CHAT_FAULTS.rateLimited },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('text/plain');
    expect(limited.headers['retry-after']).toBe(String(CHAT_RETRY_AFTER_SECONDS));
    const started = Date.now();
    expect((await ask(COMPLETE_SALE_RECORDING_ID, `price ${CHAT_FAULTS.slow}`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
  });
});

describe('suggested-questions', () => {
  const suggest = (body: Record<string, unknown>) => api.json('/v1/suggested-questions', { method: 'POST', body });

  it('suggests questions for the conversation type (or language) of the recording in the context', async () => {
    const roofing = await suggest({
      queryEntrypoint: 'SINGLE_RECORDING',
      initialContext: { recordingId: COMPLETE_SALE_RECORDING_ID },
      numSuggestedQuestions: 4,
    });
    expect(roofing.status).toBe(200);
    const questions = (roofing.body.data as { questions: string[] }).questions;
    expect(questions).toHaveLength(4);
    expect(questions).toContain('Was financing discussed?');
    const spanish = await suggest({ queryEntrypoint: 'SINGLE_RECORDING', initialContext: { recordingId: SPANISH_RECORDING_ID } });
    expect((spanish.body.data as { questions: string[] }).questions[0]).toMatch(/^¿/);
  });

  it('validates the entrypoint and the count', async () => {
    expect((await suggest({ queryEntrypoint: 'NOPE' })).status).toBe(422);
    expect((await suggest({ queryEntrypoint: 'SINGLE_RECORDING', numSuggestedQuestions: 11 })).status).toBe(422);
    expect((await suggest({ queryEntrypoint: 'SINGLE_RECORDING' })).status).toBe(200);
  });
});
