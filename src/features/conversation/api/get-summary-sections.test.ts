import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/token-store';
import { SUMMARY_SECTIONS } from '@/testing/msw/conversation';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server, watchRequests } from '@/testing/msw/server';

import { getSummarySections } from './get-summary-sections';

beforeEach(() => tokenStore.signIn(DEMO_TOKEN, false));
afterEach(() => tokenStore.signOut());

const quote = (text: string, startTimeInMillis: number) => ({ quote: text, startTimeInMillis, endTimeInMillis: startTimeInMillis + 1_000 });

describe('getSummarySections', () => {
  it('reads the v2 summary, sections in result order, bad quotes and empty sections skipped', async () => {
    const sent = watchRequests();
    server.use(
      http.get(SUMMARY_SECTIONS, () =>
        HttpResponse.json({
          data: [
            { id: 's3', promptHeader: 'Next steps', promptResponse: 'Call Angela.', summaryResultIndex: 2, quotes: null },
            {
              id: 's1',
              promptHeader: 'Key points',
              promptResponse: 'Old roof.',
              summaryResultIndex: 0,
              quotes: [quote('It was built in 2007.', 21_000), { quote: 'no time' }, 'junk'],
            },
            { id: 's0', promptHeader: 'Empty', promptResponse: '  ', summaryResultIndex: 1, quotes: [] },
            { promptResponse: 'No header, no index.' },
            'junk',
          ],
        }),
      ),
    );
    const sections = await getSummarySections('a/b');
    expect(sent[0]?.url.pathname).toBe('/api/siro/v2/core/recordings/a%2Fb/summary');
    expect(sections.map((section) => section.header)).toEqual(['Key points', 'Next steps', 'Summary']);
    expect(sections[0]!.quotes).toEqual([{ text: 'It was built in 2007.', startMs: 21_000 }]);
    expect(sections[1]!.quotes).toEqual([]);
  });

  it('reads a missing or non-list data as no sections', async () => {
    const answers = [{ data: null }, { data: { sections: [] } }];
    server.use(http.get(SUMMARY_SECTIONS, () => HttpResponse.json(answers.shift())));
    expect(await getSummarySections('r1')).toEqual([]);
    expect(await getSummarySections('r1')).toEqual([]);
  });
});
