import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { audioTrack, parseRange, WAV_HEADER_BYTES, wavBytes } from './audio.ts';
import {
  DELETED_RECORDING_ID,
  FRENCH_NEUTRAL_RECORDING_ID,
  MANY_EXTRACTIONS_RECORDING_ID,
  NEGATIVE_RECORDING_ID,
  NO_CRM_MATCH_RECORDING_ID,
  PROCESSING_RECORDING_ID,
  SAMPLE_RECORDING_ID,
  SPANISH_RECORDING_ID,
  VALUE_KINDS_RECORDING_ID,
} from './server.ts';
import { startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

type Utterance = {
  utterance: string;
  startTimeInMillis: number;
  endTimeInMillis: number;
  speakerTag: string;
  redacted: boolean;
  confidence: number;
};
type UtterancePage = {
  data: { utterances: Utterance[]; speakerMap: Record<string, string>; isLowDataMode: boolean };
  cursor: number | null;
  pageSize: number;
};
type Section = {
  promptHeader: string;
  promptResponse: string;
  quotes: { quote: string; startTimeInMillis: number; endTimeInMillis: number }[];
};

/** Every recording a manager could open for real: each has a transcript and summary sections. */
const REALISTIC = [
  SAMPLE_RECORDING_ID,
  SPANISH_RECORDING_ID,
  NEGATIVE_RECORDING_ID,
  NO_CRM_MATCH_RECORDING_ID,
  VALUE_KINDS_RECORDING_ID,
  MANY_EXTRACTIONS_RECORDING_ID,
  FRENCH_NEUTRAL_RECORDING_ID,
];
const SAMPLE_RATE = 8_000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

async function allPages(id: string): Promise<UtterancePage[]> {
  const pages: UtterancePage[] = [];
  let cursor: number | null = 1;
  while (cursor !== null) {
    const { status, body } = await api.json(`/v1/core/recordings/${id}/utterances?cursor=${cursor}`);
    expect(status).toBe(200);
    const page = body as unknown as UtterancePage;
    expect(page.pageSize).toBe(50);
    pages.push(page);
    cursor = page.cursor;
  }
  return pages;
}

const allUtterances = async (id: string) => (await allPages(id)).flatMap((page) => page.data.utterances);
const recording = async (id: string) => (await api.json(`/v1/core/recordings/${id}?showSummary=true`)).body.data as JsonRecord;

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

describe('utterances', () => {
  it.each([SAMPLE_RECORDING_ID, SPANISH_RECORDING_ID])('pages a long transcript of %s with redactions and doubtful lines', async (id) => {
    const utterances = await allUtterances(id);
    expect(utterances.length).toBeGreaterThanOrEqual(100);
    expect(utterances.filter((u) => u.redacted).every((u) => u.utterance === '[REDACTED]')).toBe(true);
    expect(utterances.filter((u) => u.redacted).length).toBeGreaterThanOrEqual(2);
    expect(utterances.filter((u) => u.confidence < 0.6).length).toBeGreaterThanOrEqual(2);
  });

  it.each(REALISTIC)('gives %s an ordered transcript inside the recording, every speaker named', async (id) => {
    const pages = await allPages(id);
    const utterances = pages.flatMap((page) => page.data.utterances);
    expect(utterances.length).toBeGreaterThanOrEqual(25);
    utterances.forEach((u, i) => {
      expect(u.endTimeInMillis).toBeGreaterThan(u.startTimeInMillis);
      if (i > 0) expect(u.startTimeInMillis).toBeGreaterThanOrEqual(utterances[i - 1]?.endTimeInMillis ?? 0);
    });
    expect(utterances.at(-1)?.endTimeInMillis).toBeLessThanOrEqual((await recording(id)).durationInMilliseconds as number);
    const names = pages[0]!.data.speakerMap;
    for (const tag of new Set(utterances.map((u) => u.speakerTag)))
      expect(names[tag], `speaker ${tag} of ${id}`).toEqual(expect.any(String));
  });

  it('names both speakers and honours pageSize', async () => {
    const { body } = await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/utterances?pageSize=5&cursor=2`);
    const page = body as unknown as UtterancePage;
    expect(page.data.utterances).toHaveLength(5);
    expect(page.data.speakerMap).toEqual({ '0': 'Marcus Bell', '1': 'Karen Whitaker' });
    expect(page).toMatchObject({ cursor: 3, pageSize: 5, data: { isLowDataMode: false } });
  });

  it('answers an empty transcript for the deleted recording, 404 for unknown ones, 400 for a bad cursor', async () => {
    const empty = await api.json(`/v1/core/recordings/${DELETED_RECORDING_ID}/utterances`);
    expect(empty.body).toMatchObject({ data: { utterances: [] }, cursor: null });
    expect((await api.json('/v1/core/recordings/nope/utterances')).body).toEqual({ error: 'Recording not found' });
    expect((await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/utterances?cursor=abc`)).status).toBe(400);
    expect((await api.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/utterances`, { token: null })).status).toBe(401);
  });

  it('gives the processing recording its transcript and sections once the recording says complete, not before', async () => {
    const id = `${PROCESSING_RECORDING_ID}-transcript-${Date.now()}`;
    const transcript = async () => (await api.json(`/v1/core/recordings/${id}/utterances`)).body as unknown as UtterancePage;
    const sections = async () => (await api.json(`/v2/core/recordings/${id}/summary`)).body.data as Section[];
    for (let view = 0; view < 2; view++) {
      expect(await recording(id)).toMatchObject({ processingStatus: 'in-progress' });
      expect((await transcript()).data.utterances).toEqual([]);
      expect(await sections()).toEqual([]);
    }
    expect(await recording(id)).toMatchObject({ processingStatus: 'complete' });
    const lines = (await transcript()).data.utterances.map((u) => u.utterance).join(' ');
    expect(lines).toContain('Saturday at six');
    expect((await sections()).length).toBeGreaterThan(0);
    expect((await signedUrl(id)).error).toBe(false);
  });
});

describe('summary sections', () => {
  it.each([...REALISTIC, `${PROCESSING_RECORDING_ID}-sections`])('quote exact lines of %s, with their times', async (id) => {
    if (id.startsWith(PROCESSING_RECORDING_ID)) for (let view = 0; view < 3; view++) await recording(id);
    const utterances = await allUtterances(id);
    const { status, body } = await api.json(`/v2/core/recordings/${id}/summary`);
    expect(status).toBe(200);
    const sections = body.data as Section[];
    expect(sections.length).toBeGreaterThanOrEqual(2);
    for (const section of sections) {
      expect(section.promptResponse.trim()).not.toBe('');
      expect(section.quotes.length).toBeGreaterThan(0);
    }
    for (const quote of sections.flatMap((s) => s.quotes)) {
      expect(utterances).toContainEqual(
        expect.objectContaining({
          utterance: quote.quote,
          startTimeInMillis: quote.startTimeInMillis,
          endTimeInMillis: quote.endTimeInMillis,
        }),
      );
    }
  });

  it("has the complete sale's three sections and none for the deleted recording", async () => {
    const sale = (await api.json(`/v2/core/recordings/${SAMPLE_RECORDING_ID}/summary`)).body.data as Section[];
    expect(sale.map((s) => s.promptHeader)).toEqual(['Key points', 'Objections', 'Next steps']);
    expect((await api.json(`/v2/core/recordings/${DELETED_RECORDING_ID}/summary`)).body).toEqual({ data: [] });
  });
});

describe('signed audio URL', () => {
  it('is an absolute URL on the origin the request reached, serving a WAV with byte ranges, no token needed', async () => {
    const data = await signedUrl(SAMPLE_RECORDING_ID);
    expect(data.error).toBe(false);
    expect(data.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${api.port}/sample-audio/${SAMPLE_RECORDING_ID}\\.wav\\?expires=\\d+$`));
    expect(data.expiration).toBeGreaterThan(Date.now());

    const head = await api.request(pathOf(data.url), { token: null, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('audio/wav');
    expect(head.headers['accept-ranges']).toBe('bytes');
    const size = Number(head.headers['content-length']);

    const part = await api.request(pathOf(data.url), { token: null, headers: { range: 'bytes=0-3' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-3/${size}`);
    expect(part.text).toBe('RIFF');
    const beyond = await api.request(pathOf(data.url), { token: null, headers: { range: `bytes=${size}-` } });
    expect(beyond.status).toBe(416);
  });

  it('follows the Host a proxy forwards, or the configured public origin', async () => {
    expect((await signedUrl(SAMPLE_RECORDING_ID, { host: 'api.example.test:8443' })).url).toMatch(
      /^http:\/\/api\.example\.test:8443\/sample-audio\//,
    );
    // A Host that could not be part of a URL is not copied into one.
    expect((await signedUrl(SAMPLE_RECORDING_ID, { host: 'evil.example/x?' })).url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${api.port}/`),
    );

    const own = await startTestApi({ publicUrl: 'https://audio.example.test/ignored-path' });
    try {
      const { body } = await own.json(`/v1/core/recordings/${SAMPLE_RECORDING_ID}/signedUrl`, { method: 'POST' });
      expect((body.data as { url: string }).url).toMatch(/^https:\/\/audio\.example\.test\/sample-audio\//);
    } finally {
      await own.close();
    }
  });

  it('is as long as the 64-minute recording, and serves its last bytes as a range', async () => {
    const duration = (await recording(NEGATIVE_RECORDING_ID)).durationInMilliseconds as number;
    expect(duration).toBeGreaterThan(60 * 60_000);
    const data = await signedUrl(NEGATIVE_RECORDING_ID);
    const size = WAV_HEADER_BYTES + Math.round((duration / 1_000) * SAMPLE_RATE) * 2;
    const tail = await api.request(pathOf(data.url), { token: null, headers: { range: `bytes=${size - 100}-` } });
    expect(tail.status).toBe(206);
    expect(tail.headers['content-range']).toBe(`bytes ${size - 100}-${size - 1}/${size}`);
    expect(tail.body).toHaveLength(100);
  });

  it('streams the whole file with the same bytes as any range of it', async () => {
    const data = await signedUrl(NO_CRM_MATCH_RECORDING_ID);
    const full = await api.request(pathOf(data.url), { token: null });
    expect(full.status).toBe(200);
    expect(full.body.subarray(0, 4).toString('ascii')).toBe('RIFF');
    expect(full.body.readUInt32LE(40)).toBe(full.body.length - WAV_HEADER_BYTES);
    for (const [start, end] of [
      [0, 60],
      [43, 45],
      [1_001, 70_000],
      [full.body.length - 3, full.body.length - 1],
    ] as const) {
      const part = await api.request(pathOf(data.url), { token: null, headers: { range: `bytes=${start}-${end}` } });
      expect(part.body.equals(full.body.subarray(start, end + 1)), `bytes ${start}-${end}`).toBe(true);
    }
  });

  it('without a transcript, beeps every six seconds, silent in between, every sample in range', () => {
    const track = audioTrack(20_000, []);
    const samples = wavBytes(track, WAV_HEADER_BYTES, WAV_HEADER_BYTES + track.samples * 2 - 1);
    /** The loudest sample in the 100 ms from `seconds`. */
    const loudest = (seconds: number) => {
      const first = Math.round(seconds * SAMPLE_RATE);
      return Math.max(...Array.from({ length: SAMPLE_RATE / 10 }, (_, i) => Math.abs(samples.readInt16LE((first + i) * 2))));
    };
    for (const seconds of [0.9, 1.5, 6.9, 12.9]) expect(loudest(seconds), `a tone at ${seconds} s`).toBeGreaterThan(0);
    for (const seconds of [0.2, 2.5, 4, 5.8, 9]) expect(loudest(seconds), `silence at ${seconds} s`).toBe(0);
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
    const deleted = await signedUrl(DELETED_RECORDING_ID);
    expect(deleted).toMatchObject({ error: true, errorMessage: expect.any(String) });
    expect(await signedUrl(`${PROCESSING_RECORDING_ID}-audio`)).toMatchObject({ error: true });
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
