import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CONVERSATION_FAULT_IDS, FAULT_IDS } from './server.ts';
import { dataOf, startTestApi, type JsonRecord, type TestApi } from './test-helpers.ts';

const path = (id: string, query = '') => `/v1/core/recordings/${id}${query ? `?${query}` : ''}`;
const JSON_TYPE = 'application/json; charset=utf-8';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('fault ids', () => {
  it.each([
    ['fault-403', 403, { error: 'You do not have access to this recording' }],
    ['fault-429', 429, { error: 'Rate limit exceeded: 1000 requests per minute' }],
    ['fault-429-no-retry-after', 429, { error: 'Rate limit exceeded: 1000 requests per minute' }],
    ['fault-500', 500, { error: 'Internal server error' }],
    ['fault-no-data', 200, { cursor: null }],
    ['fault-null-data', 200, { data: null }],
  ] as const)('%s answers %i with its JSON body', async (id, status, body) => {
    const response = await api.json(path(id));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe(JSON_TYPE);
    expect(response.body).toEqual(body);
  });

  it('sends Retry-After only on fault-429', async () => {
    expect((await api.request(path('fault-429'))).headers['retry-after']).toBe('1');
    expect((await api.request(path('fault-429-no-retry-after'))).headers['retry-after']).toBeUndefined();
  });

  it('answers fault-422 with a Zod validation report', async () => {
    const { status, body } = await api.json(path('fault-422'));
    expect(status).toBe(422);
    expect(body).toEqual({
      name: 'ZodError',
      issues: [{ code: 'invalid_type', path: ['id'], message: 'Expected uuid, received string', expected: 'uuid', received: 'string' }],
    });
  });

  it.each([
    ['fault-502-html', 502],
    ['fault-504-html', 504],
  ] as const)('%s answers %i with an HTML page', async (id, status) => {
    const response = await api.request(path(id));
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toMatch(/^\s*</);
  });

  it('answers fault-malformed-json with truncated JSON labelled as JSON', async () => {
    const response = await api.request(path('fault-malformed-json'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(JSON_TYPE);
    expect(response.text).toBe('{"data":{"id":"fault-malformed-json","dateCr');
    expect(() => JSON.parse(response.text) as unknown).toThrow();
  });

  it('answers fault-not-json with plain text', async () => {
    const response = await api.request(path('fault-not-json'));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toBe('OK');
  });

  it('still checks the token first', async () => {
    for (const id of FAULT_IDS) {
      const response = await api.request(path(id), { token: 'wrong' });
      expect(response.status, id).toBe(401);
    }
  });

  it('answers fault-slow after its delay with the complete sale under its own id', async () => {
    const slow = await startTestApi({ slowFaultDelayMs: 200 });
    try {
      const started = performance.now();
      const { status, body } = await slow.json(path('fault-slow', 'showSummary=true'));
      expect(performance.now() - started).toBeGreaterThanOrEqual(190);
      expect(status).toBe(200);
      expect(dataOf(body)).toMatchObject({ id: 'fault-slow', summary: expect.any(String) });
      expect(dataOf(body)).not.toHaveProperty('crmCustomer');
    } finally {
      await slow.close();
    }
  });

  it('drops fault-drop halfway through the body', async () => {
    await expect(api.request(path('fault-drop'))).rejects.toThrow();
  });

  it('never answers fault-hang, and a closing server still ends it', async () => {
    await expect(api.request(path('fault-hang'), { timeoutMs: 300 })).rejects.toThrow('timeout');

    const own = await startTestApi();
    const arrived = once(own.server, 'request');
    const pending = own.request(path('fault-hang'));
    const outcome = pending.then(
      () => 'answered',
      () => 'ended',
    );
    await arrived;
    // Plain close(), no closeAllConnections(): the server itself must end what it left open.
    await new Promise<void>((resolve, reject) => own.server.close((error) => (error ? reject(error) : resolve())));
    expect(await outcome).toBe('ended');
  });

  it('answers fault-partial with wrong types and unknown enums', async () => {
    const all = 'showCrmCustomers=true&showCrmOpportunities=true&showEntityExtractions=true&showSummary=true';
    const data = dataOf((await api.json(path('fault-partial', all))).body);
    expect(data).toMatchObject({
      id: 'fault-partial',
      deleted: false,
      durationInMilliseconds: 'ninety',
      title: 42,
      transcriptionStatus: 'ARCHIVED',
      processingStatus: 'paused',
      universalOutcomeLabel: 'MIXED',
      transcriptionLanguage: 'German',
      crmCustomer: { emailAddress: 123, customerType: 'PARTNER', matchingSource: 'MANUAL' },
    });
    expect(Number.isNaN(Date.parse(data.dateCreated as string))).toBe(false);
    const opportunities = data.crmOpportunities as unknown[];
    expect(opportunities).toContainEqual(expect.objectContaining({ amount: '12k', closedAt: 'not a date' }));
    expect(opportunities).toContainEqual(expect.objectContaining({ addresses: null }));
    expect(opportunities.some((item) => typeof item === 'string')).toBe(true);
    const extractions = data.entityExtractions as unknown[];
    expect(extractions).toContainEqual(expect.objectContaining({ extraction: null }));
    expect(extractions.some((item) => typeof item === 'number')).toBe(true);
    expect(extractions).toContainEqual(expect.objectContaining({ status: 'QUEUED' }));
  });

  it('answers fault-hostile with hostile text and URLs in a well-formed recording', async () => {
    const all = 'showCrmCustomers=true&showCrmOpportunities=true&showEntityExtractions=true&showSummary=true';
    const response = await api.request(path('fault-hostile', all));
    expect(response.status).toBe(200);
    const data = dataOf(JSON.parse(response.text) as JsonRecord);
    expect(data.title).toContain('<script>alert(1)</script>');
    expect(data.crmCustomer).toMatchObject({ crmUrl: 'javascript:alert(document.domain)' });
    for (const needle of [
      'JaVaScRiPt:',
      ' \\tjavascript:',
      'data:text/html,',
      'vbscript:msgbox(1)',
      '//evil.example/path',
      'onerror=alert(1)',
    ]) {
      expect(response.text).toContain(needle);
    }
    expect(data.summary as string).toMatch(/[A-Za-z0-9]{10000}/);
    expect(data.summary as string).toMatch(/[\u0590-\u05FF]/); // Hebrew
    expect(data.summary as string).toMatch(/[\u0600-\u06FF]/); // Arabic
    expect(data.summary as string).toContain('\u200D'); // emoji ZWJ sequences
  });
});

describe('faults of the transcript, summary and audio endpoints', () => {
  const utterances = (id: string, cursor: number) => `/v1/core/recordings/${id}/utterances?cursor=${cursor}&pageSize=100`;
  const signedUrl = async (id: string) => api.json(`/v1/core/recordings/${id}/signedUrl`, { method: 'POST' });
  const audioPath = (url: string) => `${new URL(url).pathname}${new URL(url).search}`;

  it.each(CONVERSATION_FAULT_IDS)('%s is the complete sale on the detail endpoint, under its own id', async (id) => {
    const { status, body } = await api.json(path(id, 'showSummary=true'));
    expect(status).toBe(200);
    expect(dataOf(body)).toMatchObject({ id, title: 'Whitaker – roof replacement consultation', summary: expect.any(String) });
  });

  it('fault-utterances-500 serves the first page, then 500 for the rest', async () => {
    const first = await api.json(utterances('fault-utterances-500', 1));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ cursor: 2 });
    const second = await api.json(utterances('fault-utterances-500', 2));
    expect(second).toMatchObject({ status: 500, body: { error: 'Internal server error' } });
  });

  it('fault-utterances-401 says the token expired on a later page', async () => {
    expect((await api.json(utterances('fault-utterances-401', 1))).status).toBe(200);
    expect(await api.json(utterances('fault-utterances-401', 2))).toMatchObject({ status: 401, body: { error: 'Token has expired' } });
  });

  it('fault-utterances-malformed answers truncated JSON labelled as JSON', async () => {
    const response = await api.request(utterances('fault-utterances-malformed', 1));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(JSON_TYPE);
    expect(() => JSON.parse(response.text) as unknown).toThrow();
  });

  it('fault-utterances-cursor-ignored serves the first page whatever the cursor, always promising a second', async () => {
    const first = await api.json(utterances('fault-utterances-cursor-ignored', 1));
    const fifth = await api.json(utterances('fault-utterances-cursor-ignored', 5));
    expect(fifth.body).toEqual(first.body);
    expect(first.body).toMatchObject({ cursor: 2 });
  });

  it('fault-summary-500 and fault-summary-malformed break the v2 summary and nothing else', async () => {
    expect(await api.json('/v2/core/recordings/fault-summary-500/summary')).toMatchObject({
      status: 500,
      body: { error: 'Internal server error' },
    });
    const malformed = await api.request('/v2/core/recordings/fault-summary-malformed/summary');
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.text) as unknown).toThrow();
    for (const id of ['fault-summary-500', 'fault-summary-malformed']) expect((await api.json(utterances(id, 1))).status).toBe(200);
  });

  it('fault-audio-url-error answers the documented error pair; fault-audio-url-500 a 500', async () => {
    expect((await signedUrl('fault-audio-url-error')).body).toEqual({
      data: { error: true, errorMessage: 'Audio is temporarily unavailable. Please try again later.' },
    });
    expect(await signedUrl('fault-audio-url-500')).toMatchObject({ status: 500, body: { error: 'Internal server error' } });
  });

  it('fault-audio-url-expired signs a URL that storage already refuses', async () => {
    const data = (await signedUrl('fault-audio-url-expired')).body.data as { url: string; expiration: number };
    expect(data.expiration).toBeLessThan(Date.now());
    const audio = await api.request(audioPath(data.url), { token: null });
    expect(audio.status).toBe(403);
    expect(audio.text).toContain('Request has expired');
  });

  it('fault-audio-404 signs a URL to an object storage does not hold', async () => {
    const data = (await signedUrl('fault-audio-404')).body.data as { url: string };
    const audio = await api.request(audioPath(data.url), { token: null });
    expect(audio.status).toBe(404);
    expect(audio.text).toContain('NoSuchKey');
    // A normal recording's audio is still there.
    const sale = (await signedUrl('fault-utterances-500')).body.data as { url: string };
    expect((await api.request(audioPath(sale.url), { token: null, headers: { range: 'bytes=0-3' } })).text).toBe('RIFF');
  });
});

describe('fault-hostile beyond the recording', () => {
  it('has hostile lines, speaker names, section headers and quotes, each quote a real line', async () => {
    const transcript = await api.request('/v1/core/recordings/fault-hostile/utterances?pageSize=1000');
    const page = JSON.parse(transcript.text) as {
      data: { utterances: { utterance: string; startTimeInMillis: number }[]; speakerMap: Record<string, string> };
    };
    const lines = page.data.utterances.map((u) => u.utterance);
    expect(lines.join('\n')).toContain('<script>alert(1)</script>');
    expect(lines.join('\n')).toContain('onerror=alert(1)');
    expect(lines.some((line) => /[A-Za-z0-9]{10000}/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('\u202E') && !line.includes('\u202C'))).toBe(true);
    expect(Object.values(page.data.speakerMap).join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(transcript.text).toContain('"__proto__":');

    const sections = (await api.json('/v2/core/recordings/fault-hostile/summary')).body.data as {
      promptHeader: string;
      quotes: { quote: string; startTimeInMillis: number }[];
    }[];
    expect(sections[0]?.promptHeader).toBe('<script>alert(1)</script>');
    for (const quote of sections.flatMap((s) => s.quotes)) {
      expect(page.data.utterances).toContainEqual(
        expect.objectContaining({ utterance: quote.quote, startTimeInMillis: quote.startTimeInMillis }),
      );
    }
  });

  it('puts a hostile URL in every URL field, every variant somewhere', async () => {
    const all = 'showCrmCustomers=true&showFollowups=true';
    const data = dataOf((await api.json(path('fault-hostile', all))).body);
    const followups = data.followups as { crmUrl: string; crmCustomer: { crmUrl: string } }[];
    const urls = [(data.crmCustomer as { crmUrl: string }).crmUrl, ...followups.flatMap((f) => [f.crmUrl, f.crmCustomer.crmUrl])];
    for (const url of urls) expect(url).not.toMatch(/^https?:/);
    for (const variant of [
      'javascript:alert',
      'JaVaScRiPt:',
      ' \tjavascript:',
      'java\tscript:',
      'data:text/html',
      'vbscript:',
      '//evil.example',
    ]) {
      expect(
        urls.some((url) => url.startsWith(variant)),
        variant,
      ).toBe(true);
    }
    const audio = (await api.json('/v1/core/recordings/fault-hostile/signedUrl', { method: 'POST' })).body.data as { url: string };
    expect(audio.url).toMatch(/^\s+javascript:/);
  });
});
