import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WAV_HEADER_BYTES, audioTrack, parseRange, wavBytes } from './audio.ts';
import { DELETED_RECORDING_ID, NEGATIVE_RECORDING_ID, PROCESSING_RECORDING_ID, SAMPLE_RECORDING_ID, SPANISH_RECORDING_ID } from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

type Utterance = { utterance: string; startTimeInMillis: number; endTimeInMillis: number; speakerTag: string; redacted: boolean; confidence: number };
type UtterancePage = { data: { utterances: Utterance[]; speakerMap: Record<string, string>; isLowDataMode: boolean }; cursor: number | null; pageSize: number };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function allUtterances(id: string): Promise<Utterance[]> {
  const result: Utterance[] = [];
  let cursor: number | null = 1;
  while (cursor !== null) {
    const { status, body } = await api.json(`/v1/core/recordings/${id}/utterances?cursor=${cursor}`);
    expect(status).toBe(200);
    const page = body as unknown as UtterancePage;
    expect(page.pageSize).toBe(50);
    result.push(...page.data.utterances);
    cursor = page.cursor;
  }
  return result;
}

describe('utterances', () => {
  it.each([SAMPLE_RECORDING_ID, SPANISH_RECORDING_ID])('pages a long, ordered transcript of %s', async (id) => {
    const utterances = await allUtterances(id);
    expect(utterances.length).toBeGreaterThanOrEqual(100);
    expect(utterances.filter((u) => u.redacted).every((u) => u.utterance === '[REDACTED]')).toBe(true);
    expect(utterances.filter((u) => u.redacted).length).toBeGreaterThanOrEqual(2);
    expect(utterances.filter((u) => u.confidence < 0.6).length).toBeGreaterThanOrEqual(2);
    utterances.forEach((u, i) => {
      expect(u.endTimeInMillis).toBeGreaterThan(u.startTimeInMillis);
      if (i > 0) expect(u.startTimeInMillis).toBeGreaterThanOrEqual(utterances[i - 1]?.endTimeInMillis ?? 0);
    });
    const recording = (await api.json(`/v1/core/recordings/${id}`)).body.data as JsonRecord;
    expect(utterances.at(-1)?.endTimeInMillis).toBeLessThan(recording.durationInMilliseconds as number);
  });

  it('names both speakers and honours pageSize', async () => {
    const { body } = await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/utterances?pageSize=5&cursor=2`);
    const page = body as unknown as UtterancePage;
    expect(page.data.utterances).toHaveLength(5);
    expect(page.data.speakerMap).toEqual({ '0': 'Marcus Bell', '1': 'Karen Whitaker' });
    expect(page).toMatchObject({ cursor: 3, pageSize: 5, data: { isLowDataMode: false } });
  });

  it('answers an empty transcript for other recordings, 404 for unknown ones, 400 for a bad cursor', async () => {
    const empty = await api.json(`/v1/core/recordings/${NEGATIVE_RECORDING_ID}/utterances`);
    expect(empty.body).toMatchObject({ data: { utterances: [] }, cursor: null });
    expect((await api.json('/v1/core/recordings/nope/utterances')).body).toEqual({ error: 'Recording not found' });
    expect((await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/utterances?cursor=abc`)).status).toBe(400);
    expect((await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/utterances`, { token: null })).status).toBe(401);
  });
});

describe('summary sections', () => {
  it('quotes the transcript exactly, with its times', async () => {
    const utterances = await allUtterances(SAMPLE_RECORDING_ID);
    const { status, body } = await api.json(`/v2/core/recordings/${SAMPLE_RECORDING_ID}/summary`);
    expect(status).toBe(200);
    const sections = body.data as { promptHeader: string; quotes: { quote: string; startTimeInMillis: number; endTimeInMillis: number }[] }[];
    expect(sections.map((s) => s.promptHeader)).toEqual(['Key points', 'Objections', 'Next steps']);
    for (const quote of sections.flatMap((s) => s.quotes)) {
      expect(utterances).toContainEqual(expect.objectContaining({ utterance: quote.quote, startTimeInMillis: quote.startTimeInMillis, endTimeInMillis: quote.endTimeInMillis }));
    }
    expect((await api.json(`/v2/core/recordings/${SPANISH_RECORDING_ID}/summary`)).body).toEqual({ data: [] });
  });
});

async function signedUrl(id: string, headers: Record<string, string> = {}) {
  const { status, body } = await api.json(`/v1/core/recordings/${id}/signedUrl`, { method: 'POST', headers });
  expect(status).toBe(200);
  return body.data as { error: boolean; url: string; expiration: number; errorMessage?: string };
}

/** The path and query of an absolute URL, to request it from the test server. */
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
};

describe('signed audio URL', () => {
  it('is an absolute URL on the origin the request reached, serving a WAV with byte ranges, no token needed', async () => {
    const data = await signedUrl(SAMPLE_RECORDING_ID);
    expect(data.error).toBe(false);
    expect(data.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${api.port}/sample-audio/${SAMPLE_RECORDING_ID}\\.wav\\?expires=\\d+$`));
    expect(data.expiration).toBeGreaterThan(Date.now());

    const full = await api.request(pathOf(data.url), { token: null });
    expect(full.status).toBe(200);
    expect(full.headers['content-type']).toBe('audio/wav');
    expect(full.headers['accept-ranges']).toBe('bytes');
    expect(full.body.subarray(0, 4).toString('ascii')).toBe('RIFF');
    const recording = (await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}`)).body.data as JsonRecord;
    // As long as the recording, to the sample: 8,000 16-bit samples a second after the header.
    expect(full.body.length).toBe(WAV_HEADER_BYTES + Math.round(((recording.durationInMilliseconds as number) / 1_000) * 8_000) * 2);

    const part = await api.request(pathOf(data.url), { token: null, headers: { range: 'bytes=0-3' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-3/${full.body.length}`);
    expect(part.text).toBe('RIFF');
    const beyond = await api.request(pathOf(data.url), { token: null, headers: { range: `bytes=${full.body.length}-` } });
    expect(beyond.status).toBe(416);
  });

  it('follows the Host a proxy forwards, or the configured public origin', async () => {
    expect((await signedUrl(SAMPLE_RECORDING_ID, { host: 'api.example.test:8443' })).url).toMatch(/^http:\/\/api\.example\.test:8443\/sample-audio\//);
    // A Host that could not be part of a URL is not copied into one.
    expect((await signedUrl(SAMPLE_RECORDING_ID, { host: 'evil.example/x?' })).url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${api.port}/`));

    const own = await startTestApi({ publicUrl: 'https://audio.example.test/ignored-path' });
    try {
      const { body } = await own.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/signedUrl`, { method: 'POST' });
      expect((body.data as { url: string }).url).toMatch(/^https:\/\/audio\.example\.test\/sample-audio\//);
    } finally {
      await own.close();
    }
  });

  it('is as long as the 64-minute recording, and its last bytes come without building the file', async () => {
    const duration = (await api.json(`/v1/core/recordings/${NEGATIVE_RECORDING_ID}`)).body.data as JsonRecord;
    expect(duration.durationInMilliseconds as number).toBeGreaterThan(60 * 60_000);
    const expires = Date.now() + 60_000;
    const path = `/sample-audio/${NEGATIVE_RECORDING_ID}.wav?expires=${expires}`;
    const size = WAV_HEADER_BYTES + Math.round(((duration.durationInMilliseconds as number) / 1_000) * 8_000) * 2;
    const started = performance.now();
    const tail = await api.request(path, { token: null, headers: { range: `bytes=${size - 100}-` } });
    expect(tail.status).toBe(206);
    expect(tail.headers['content-range']).toBe(`bytes ${size - 100}-${size - 1}/${size}`);
    expect(tail.body).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('streams the whole file with the same bytes as any range of it', async () => {
    const path = `/sample-audio/${SAMPLE_RECORDING_ID}.wav?expires=${Date.now() + 60_000}`;
    const full = await api.request(path, { token: null });
    expect(full.body.readUInt32LE(40)).toBe(full.body.length - WAV_HEADER_BYTES);
    for (const [start, end] of [[0, 60], [43, 45], [1_001, 70_000], [full.body.length - 3, full.body.length - 1]] as const) {
      const part = await api.request(path, { token: null, headers: { range: `bytes=${start}-${end}` } });
      expect(part.body.equals(full.body.subarray(start, end + 1)), `bytes ${start}-${end}`).toBe(true);
    }
  });

  it('sounds while someone speaks and is silent between lines', () => {
    const utterance = { utterance: 'hi', startTimeInMillis: 1_000, endTimeInMillis: 2_000, speakerTag: '0', redacted: false };
    const track = audioTrack(4_000, [utterance]);
    // Half a second from `ms` (16 bytes a millisecond).
    const at = (ms: number) => wavBytes(track, WAV_HEADER_BYTES + ms * 16, WAV_HEADER_BYTES + ms * 16 + 7_999);
    const loud = (bytes: Buffer) => Math.max(...Array.from({ length: bytes.length / 2 }, (_, i) => Math.abs(bytes.readInt16LE(i * 2))));
    expect(loud(at(1_200))).toBeGreaterThan(1_000);
    expect(loud(at(2_500))).toBe(0);
    expect(loud(at(300))).toBe(0);
  });

  it('refuses an expired URL', async () => {
    const response = await api.request(`/sample-audio/${SAMPLE_RECORDING_ID}.wav?expires=${Date.now() - 1}`, { token: null });
    expect(response.status).toBe(403);
    expect((await api.request(`/sample-audio/${SAMPLE_RECORDING_ID}.wav`, { token: null })).status).toBe(403);
  });

  it('reports deleted and unfinished recordings in the documented error field', async () => {
    const deleted = await api.json(`/v1/core/recordings/${DELETED_RECORDING_ID}/signedUrl`, { method: 'POST' });
    expect(deleted.body).toMatchObject({ data: { error: true, errorMessage: expect.any(String) } });
    const processing = await api.json(`/v1/core/recordings/${PROCESSING_RECORDING_ID}-audio/signedUrl`, { method: 'POST' });
    expect(processing.body).toMatchObject({ data: { error: true } });
  });

  it('parses ranges the way RFC 9110 asks', () => {
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=50-1000', 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(parseRange('items=0-1', 100)).toBeNull();
    expect(parseRange('bytes=9-3', 100)).toBeNull();
  });
});
