import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';
import { RECORDING } from '@/testing/msw/recordings';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server, watchRequests } from '@/testing/msw/server';
import { ALL_PANELS_ON, buildRecording, rawExtraction, rawOpportunity, rawRecording } from '@/testing/recording-fixtures';

import type { PanelFlags } from '../panels';
import { findCachedSuperset, getRecording, parseRecording, recordingKeys } from './get-recording';
import { UNREADABLE } from './recording-schema';

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

describe('getRecording', () => {
  it.each([
    ['a/b', 'a%2Fb'],
    ['x?y#z', 'x%3Fy%23z'],
    ['%', '%25'],
    ['ünï', '%C3%BCn%C3%AF'],
  ])('requests %j as one path segment', async (id, segment) => {
    server.use(http.get(RECORDING, () => HttpResponse.json({ data: rawRecording({ id }) })));
    const sent = watchRequests();
    await getRecording(id, ALL_PANELS_ON);
    const { url } = sent[0]!;
    expect(url.pathname).toBe(`/api/siro/v1/core/recordings/${segment}`);
    expect(url.hash).toBe('');
    expect(url.searchParams.get('showSummary')).toBe('true');
  });

  it('returns the parsed recording', async () => {
    server.use(http.get(RECORDING, () => HttpResponse.json({ data: rawRecording({ title: 42, crmCustomer: 'junk' }) })));
    const recording = await getRecording('r1', ALL_PANELS_ON);
    expect(recording).toMatchObject({ title: undefined, crmCustomer: UNREADABLE, summary: expect.any(String) });
  });

  it.each([{ data: null }, {}, [], 'text', { data: { dateCreated: '2024-05-14T15:30:00Z', deleted: false } }, { data: { id: 42 } }])(
    'rejects a body of %j as invalid-response',
    async (body) => {
      server.use(http.get(RECORDING, () => HttpResponse.json(body)));
      const error = await getRecording('r1', ALL_PANELS_ON).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ kind: 'invalid-response' });
    },
  );
});

describe('findCachedSuperset', () => {
  const summaryOnly: PanelFlags = {
    showSummary: true,
    showCrmCustomers: false,
    showCrmOpportunities: false,
    showEntityExtractions: false,
    showEvaluationScore: false,
    showFollowups: false,
  };

  it('finds data cached with every wanted panel, preferring the newest', () => {
    const queryClient = new QueryClient();
    const older = buildRecording({ title: 'older' });
    const newer = buildRecording({ title: 'newer' });
    queryClient.setQueryData(recordingKeys.detail('r1', ALL_PANELS_ON), older, { updatedAt: 1_000 });
    queryClient.setQueryData(recordingKeys.detail('r1', { ...ALL_PANELS_ON, showEntityExtractions: false }), newer, { updatedAt: 2_000 });
    expect(findCachedSuperset(queryClient, 'r1', summaryOnly)).toEqual({ data: newer, updatedAt: 2_000 });
    expect(findCachedSuperset(queryClient, 'r1', ALL_PANELS_ON)).toEqual({ data: older, updatedAt: 1_000 });
  });

  it('ignores subsets and other recordings', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(recordingKeys.detail('r1', summaryOnly), buildRecording());
    queryClient.setQueryData(recordingKeys.detail('r2', ALL_PANELS_ON), buildRecording());
    queryClient.setQueryData(recordingKeys.detail('r', ALL_PANELS_ON), buildRecording());
    expect(findCachedSuperset(queryClient, 'r1', ALL_PANELS_ON)).toBeUndefined();
    expect(findCachedSuperset(queryClient, 'r1', { ...summaryOnly, showCrmCustomers: true })).toBeUndefined();
  });
});

describe('parseRecording', () => {
  it('checks long lists in batches with the same tolerance as short ones', async () => {
    const extractions = Array.from({ length: 1_001 }, (_, index) =>
      index % 250 === 0 ? 42 : rawExtraction({ id: `x-${index}`, siroEntityDefinitionName: `Field ${index}` }),
    );
    const opportunities = [...Array.from({ length: 300 }, () => rawOpportunity()), 'not an opportunity'];
    const recording = await parseRecording({
      data: rawRecording({ entityExtractions: extractions, crmOpportunities: opportunities }),
    });
    expect(recording?.entityExtractions?.items).toHaveLength(996);
    expect(recording?.entityExtractions?.skipped).toBe(5);
    expect(recording?.entityExtractions?.items[0]?.siroEntityDefinitionName).toBe('Field 1');
    expect(recording?.crmOpportunities).toMatchObject({ skipped: 1 });
    expect(recording?.crmOpportunities?.items).toHaveLength(300);
  });

  it('still refuses a recording without an id', async () => {
    expect(
      await parseRecording({ data: { dateCreated: '2024-05-14T15:30:00Z', entityExtractions: Array(500).fill(rawExtraction()) } }),
    ).toBeNull();
  });
});
