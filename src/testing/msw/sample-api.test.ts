import { describe, expect, it } from 'vitest';

import { COMPLETE_SALE_RECORDING_ID } from '../../../sample-api/ids.ts';
import { DEMO_TOKEN, READ_ONLY_TOKEN } from './sample-api';

const get = (path: string, token: string | null = DEMO_TOKEN, method = 'GET') =>
  fetch(`/api/siro${path}`, { method, headers: token ? { 'x-siro-auth-token': token } : {} });

describe('the per-endpoint fake of the Siro API', () => {
  it('answers with the sample recording, cut to the flags asked for', async () => {
    const response = await get(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}?showSummary=true`);
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: Record<string, unknown> };
    expect(data).toMatchObject({ id: COMPLETE_SALE_RECORDING_ID, summary: expect.any(String) });
    expect(data).not.toHaveProperty('crmCustomer');
  });

  it('pages the sample transcript and signs audio URLs', async () => {
    const page = (await (await get(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}/utterances?pageSize=2`)).json()) as {
      data: { utterances: unknown[] };
      cursor: number | null;
    };
    expect(page.data.utterances).toHaveLength(2);
    expect(page.cursor).toBe(2);
    const signed = await get(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}/signedUrl`, DEMO_TOKEN, 'POST');
    expect(await signed.json()).toMatchObject({ data: { error: false, url: expect.stringContaining('/sample-audio/') } });
  });

  it('reads the body of a POST as the sample API does', async () => {
    const response = await fetch(`/api/siro/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}/chats`, {
      method: 'POST',
      headers: { 'x-siro-auth-token': DEMO_TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify({ id: COMPLETE_SALE_RECORDING_ID, question: 'Was financing discussed?' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ answer: expect.any(String) });
  });

  it('checks the token and answers the fault ids as the sample API does', async () => {
    expect((await get(`/v1/core/recordings/${COMPLETE_SALE_RECORDING_ID}`, null)).status).toBe(401);
    expect((await get('/v1/core/recordings/fault-403', READ_ONLY_TOKEN)).status).toBe(403);
    expect((await get('/v1/core/recordings/no-such-recording')).status).toBe(404);
  });
});
