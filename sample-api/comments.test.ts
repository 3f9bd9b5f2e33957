import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { COMMENT_FAULTS } from './comments.ts';
import { COMPLETE_SALE_TRANSCRIPT } from './data/complete-sale-transcript.ts';
import { COMPLETE_SALE_RECORDING_ID, READ_ONLY_TOKEN } from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

const base = `/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}`;
const post = (text: string, extra: JsonRecord = {}) => ({
  method: 'POST',
  body: { text, highlightRange: { start: 1_000, end: 2_000 }, recipients: [], ...extra },
});

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi();
});
afterEach(() => api.close());

const list = async () => (await api.json(`${base}/comments`)).body.data as JsonRecord[];

describe('comments', () => {
  it('serves threads and replies at moments of the transcript, the other manager’s private note hidden', async () => {
    const comments = await list();
    expect(comments.length).toBeGreaterThanOrEqual(5);
    const starts = new Set(COMPLETE_SALE_TRANSCRIPT.utterances.map((line) => line.startTimeInMillis));
    for (const comment of comments) expect(starts.has(comment.timestampStartInMilliseconds as number)).toBe(true);
    expect(comments.some((comment) => (comment.audio as JsonRecord | undefined)?.textTranscription)).toBe(true);
    expect(comments.some((comment) => comment.isPrivate === true && comment.commenterFirstName === 'Dana')).toBe(true);
    expect(comments.some((comment) => comment.commenterFirstName === 'Tom')).toBe(false);
    const threads = (await api.json(`${base}/threads`)).body.data as JsonRecord[];
    expect(threads.find((thread) => thread.countComments === 2)).toMatchObject({
      privacy: { isPrivate: false },
      latestComment: { threadId: expect.any(String) },
    });
  });

  it('serves a voice comment’s audio', async () => {
    const voice = (await list()).find((comment) => comment.audio)!;
    const path = new URL((voice.audio as JsonRecord).storagePath as string).pathname;
    const audio = await api.request(path, { token: null });
    expect(audio.status).toBe(200);
    expect(audio.headers['content-type']).toContain('audio/wav');
  });

  it('creates a thread, a reply, edits and deletes, by the token’s user only', async () => {
    const created = await api.json(`${base}/comments`, post('Slow down here'));
    expect(created.status).toBe(201);
    const comment = created.body.data as JsonRecord;
    expect(comment).toMatchObject({
      text: 'Slow down here',
      commenterFirstName: 'Dana',
      commenterLastName: 'Ruiz',
      timestampStartInMilliseconds: 1_000,
    });
    const reply = await api.json(
      `${base}/comments`,
      post('And here', { selectedThreadId: comment.threadId, highlightRange: { start: 5, end: 5 } }),
    );
    expect(reply.body.data).toMatchObject({ threadId: comment.threadId, timestampStartInMilliseconds: 1_000 });

    expect(
      (await api.json(`${base}/comments/${comment.id as string}`, { method: 'PATCH', body: { text: 'Slow down' } })).body.data,
    ).toMatchObject({ text: 'Slow down' });
    expect((await api.json(`${base}/comments/${comment.id as string}`, { method: 'DELETE' })).status).toBe(200);
    const after = await list();
    expect(after.some((entry) => entry.id === comment.id)).toBe(false);
    expect(after.some((entry) => entry.id === (reply.body.data as JsonRecord).id)).toBe(true);

    const marcus = after.find((entry) => entry.commenterFirstName === 'Marcus')!;
    expect((await api.json(`${base}/comments/${marcus.id as string}`, { method: 'PATCH', body: { text: 'x' } })).status).toBe(403);
  });

  it('answers 422 in Siro’s shape for a bad body, 403 to the read-only token', async () => {
    const bad = await api.json(`${base}/comments`, { method: 'POST', body: { text: ' ', highlightRange: { start: -1, end: 'x' } } });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ name: 'ZodError' });
    const paths = (bad.body.issues as JsonRecord[]).map((issue) => (issue.path as string[]).join('.'));
    expect(paths).toEqual(expect.arrayContaining(['text', 'highlightRange.start', 'highlightRange.end', 'recipients']));
    expect((await api.json(`${base}/comments`, { ...post('hi'), token: READ_ONLY_TOKEN })).status).toBe(403);
    expect((await api.json(`${base}/comments`, { token: READ_ONLY_TOKEN })).status).toBe(200);
  });

  it('fails a marked post once, and saves a dropped one though its answer is lost', async () => {
    const failing = `Try this ${COMMENT_FAULTS.failOnce}`;
    expect((await api.json(`${base}/comments`, post(failing))).status).toBe(500);
    expect((await list()).some((entry) => entry.text === failing)).toBe(false);
    expect((await api.json(`${base}/comments`, post(failing))).status).toBe(201);

    const dropped = `Lost ${COMMENT_FAULTS.dropOnce}`;
    await expect(api.request(`${base}/comments`, post(dropped))).rejects.toThrow();
    expect((await list()).filter((entry) => entry.text === dropped)).toHaveLength(1);
  });
});
