import type { Page } from '@playwright/test';

import { PROCESSING_RECORDING_ID } from '../sample-api/ids';
import { DEMO_TOKEN, expect, isRecordingRequest, recordingPath, shortLivedToken, test, type DashboardPage } from './fixtures';

// Every way Siro, a proxy or the network can fail, through the real `vite preview` proxy and the
// sample API's fault ids: each ends at a message that names the cause, a way forward and a page
// with text on it. errors.spec.ts and auth.spec.ts go deeper on single rows; this is the table.

const EXPIRED = 'Siro rejected your token or it has expired';
const NOT_LOADED = 'The recording could not be loaded';
// Three automatic retries: after Retry-After (1 s each) or 1 s, 2 s and 4 s of backoff, skipped
// on the page's clock (installed before each page opens).
const STACK_FRAME = /\bat\s+(?:\S+\s+)?\(?\S+:\d+:\d+\)?/;

type WayForward = 'retry' | 'open another';
type Row = {
  id: string;
  heading: string;
  text: string;
  ways: WayForward[];
  /** Requests the app makes on its own: 4 when the failure is retried three times. */
  requests: number;
  /** Also run through nginx by `npm run smoke:nginx`: the rows a proxy could get wrong. */
  smoke?: true;
};

const ROWS: Record<string, Row> = {
  '403': {
    id: 'fault-403',
    heading: "You don't have access to this recording",
    text: 'Ask your Siro admin for access',
    ways: ['open another'],
    requests: 1,
  },
  '404': {
    id: 'matrix-no-such-recording',
    heading: 'Recording not found',
    text: 'Siro has no recording with the ID matrix-no-such-recording.',
    ways: ['open another'],
    requests: 1,
  },
  '422 with its validation report': {
    id: 'fault-422',
    heading: 'Siro could not accept this request',
    text: 'id: Expected uuid, received string',
    ways: ['open another'],
    requests: 1,
  },
  '429 with Retry-After': {
    id: 'fault-429',
    heading: 'Too many requests right now',
    text: 'Wait a moment, then retry.',
    ways: ['retry'],
    requests: 4,
    smoke: true,
  },
  '429 without Retry-After': {
    id: 'fault-429-no-retry-after',
    heading: 'Too many requests right now',
    text: 'Wait a moment, then retry.',
    ways: ['retry'],
    requests: 4,
  },
  '500': {
    id: 'fault-500',
    heading: NOT_LOADED,
    text: 'Siro had a problem answering (HTTP 500)',
    ways: ['retry', 'open another'],
    requests: 4,
  },
  '502 with an HTML page': {
    id: 'fault-502-html',
    heading: NOT_LOADED,
    text: 'answered with an error page (HTTP 502',
    ways: ['retry', 'open another'],
    requests: 4,
    smoke: true,
  },
  '504 with an HTML page': {
    id: 'fault-504-html',
    heading: NOT_LOADED,
    text: 'answered with an error page (HTTP 504',
    ways: ['retry', 'open another'],
    requests: 4,
    smoke: true,
  },
  '200 with malformed JSON': {
    id: 'fault-malformed-json',
    heading: NOT_LOADED,
    text: 'Siro answered with something that is not data.',
    ways: ['retry', 'open another'],
    requests: 1,
  },
  '200 with a body that is not JSON': {
    id: 'fault-not-json',
    heading: NOT_LOADED,
    text: 'Siro answered with something that is not data.',
    ways: ['retry', 'open another'],
    requests: 1,
  },
  '200 without data': {
    id: 'fault-no-data',
    heading: NOT_LOADED,
    text: 'Siro answered, but not with a readable recording.',
    ways: ['retry', 'open another'],
    requests: 1,
  },
  '200 with data: null': {
    id: 'fault-null-data',
    heading: NOT_LOADED,
    text: 'Siro answered, but not with a readable recording.',
    ways: ['retry', 'open another'],
    requests: 1,
  },
};

/** Not blank, and nothing a manager should never see: markup, a stack, the token. */
async function expectReadableState(dashboard: DashboardPage) {
  const text = (await dashboard.main.innerText()).trim();
  expect(text.length, 'main has text').toBeGreaterThan(20);
  expect(text).not.toMatch(/<[a-z!/]|doctype/i);
  expect(text).not.toMatch(STACK_FRAME);
  expect(text).not.toContain(DEMO_TOKEN);
}

/** Every request about one recording (detail, transcript, summary sections, audio URL), by its id segment. */
function recordingIdSegments(page: Page): string[] {
  const segments: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const rest = /^\/api\/siro\/v\d+\/core\/recordings\/(.*)$/.exec(pathname)?.[1];
    // The inbox's search shares the path shape; it is about no recording.
    if (rest === 'search' && request.method() === 'POST') return;
    if (rest !== undefined) segments.push(rest.replace(/\/(utterances|summary|signedUrl|comments|threads)$/, ''));
  });
  return segments;
}

/** The count is final: no further recording request comes on its own within a second. */
async function expectNoFurtherRequest(dashboard: DashboardPage) {
  await expect(dashboard.page.waitForRequest(isRecordingRequest, { timeout: 1_000 })).rejects.toThrow(/Timeout/);
}

async function expectWaysForward(dashboard: DashboardPage, ways: WayForward[]) {
  if (ways.includes('retry')) await dashboard.expectRetryAfterBackoff();
  else await expect(dashboard.retryButton).toHaveCount(0);
  if (ways.includes('open another')) await expect(dashboard.openAnotherLink).toBeVisible();
}

test.describe('an answer that is not a recording', () => {
  test.beforeEach(async ({ page, dashboard }) => {
    await dashboard.presetToken();
    await page.clock.install();
  });

  for (const [name, row] of Object.entries(ROWS)) {
    test(`${row.smoke ? '@smoke ' : ''}${name}: "${row.heading}", and a way forward`, async ({ dashboard }) => {
      await dashboard.openRecording(row.id);

      await expect(dashboard.heading).toHaveText(row.heading);
      await expectWaysForward(dashboard, row.ways);
      // Once the automatic retries are spent, the final message (and the count) stays put.
      await expect(dashboard.heading).toHaveText(row.heading);
      await expect(dashboard.main).toContainText(row.text);
      await expectNoFurtherRequest(dashboard);
      expect(dashboard.apiRequests, 'requests made without the manager asking').toHaveLength(row.requests);
      await expectReadableState(dashboard);
    });
  }

  test('an answer that never comes: says so after 15 s, with Retry', async ({ dashboard }) => {
    test.setTimeout(40_000);
    await dashboard.openRecording('fault-hang');

    await expect(dashboard.page.getByText('Loading recording…')).toBeAttached();
    await expect(dashboard.heading).toHaveText('Siro is taking too long', { timeout: 25_000 });
    await expect(dashboard.main).toContainText('Siro did not answer within 15 seconds.');
    await expectWaysForward(dashboard, ['retry']);
    await expectNoFurtherRequest(dashboard);
    expect(dashboard.apiRequests, 'a timeout is not retried on its own').toHaveLength(1);
    await expectReadableState(dashboard);
  });

  test('@smoke a connection dropped mid-answer: the connection was lost, and Retry', async ({ dashboard }) => {
    await dashboard.openRecording('fault-drop');

    await expect(dashboard.heading).toHaveText(NOT_LOADED);
    await expect(dashboard.main).toContainText('The connection was lost');
    await expectWaysForward(dashboard, ['retry', 'open another']);
    // A lost connection is transient: retried three times before the manager is asked.
    await expectNoFurtherRequest(dashboard);
    expect(dashboard.apiRequests).toHaveLength(4);
    await expect(dashboard.main).toContainText('The connection was lost');
    await expectReadableState(dashboard);
  });
});

test.describe('401: the token is not (or no longer) good', () => {
  test('on the first request: back to sign-in with the reason, on the same URL', async ({ page, dashboard }) => {
    await dashboard.presetToken(`revoked-token-${Date.now()}`);
    await dashboard.openRecording('fault-500');

    await expect(dashboard.signInNotice).toContainText(EXPIRED);
    await expect(dashboard.signInHeading).toBeVisible();
    await expect(dashboard.tokenField).toBeVisible();
    await expect(page).toHaveURL(recordingPath('fault-500'));
    await expectNoFurtherRequest(dashboard);
    expect(dashboard.apiRequests, 'a 401 is not retried').toHaveLength(1);
    await expectReadableState(dashboard);
  });

  test('mid-session, on a background refresh: sign-in in place, then the recording is back', async ({ page, dashboard }) => {
    // A processing recording refreshes itself every 4 s; the token dies after the first answer.
    // Summary, Transcript and Ask Siro off: then the recording request is the page's only one, and the
    // token's single use goes to it. (auth.spec.ts covers the same after a toggle and a reload.)
    const id = `${PROCESSING_RECORDING_ID}-matrix-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const search = '?showSummary=false&showTranscript=false&showAsk=false&showComments=false';
    await dashboard.presetToken(shortLivedToken());
    await dashboard.openRecording(id, search);
    await expect(dashboard.heading).toHaveText('Lawson – door knock, 1127 Bluebonnet Trail');
    await expect(dashboard.processingStatus).toBeVisible();

    await expect(dashboard.signInNotice).toContainText(EXPIRED, { timeout: 10_000 });
    await expect(dashboard.signInHeading).toBeVisible();
    await expect(dashboard.panel('CRM customer')).toHaveCount(0);
    await expect(page).toHaveURL(`${recordingPath(id)}${search}`);
    await expectReadableState(dashboard);

    await dashboard.signIn(DEMO_TOKEN);

    await expect(dashboard.heading).toHaveText('Lawson – door knock, 1127 Bluebonnet Trail');
    await expect(dashboard.panel('CRM customer')).toBeVisible();
    await expect(page).toHaveURL(`${recordingPath(id)}${search}`);
  });
});

test('partial payload: what is readable renders, the rest is flagged, unknown values show as text', async ({ dashboard }) => {
  await dashboard.presetToken();
  await dashboard.openRecording('fault-partial');

  // `title: 42` falls back to a name made of what is known; the header keeps the good fields and
  // shows newer enum values verbatim.
  await expect(dashboard.heading).toHaveText('Karen & Tom Whitaker – In-home appointment');
  const header = dashboard.main.locator('header');
  await expect(header).toContainText('ARCHIVED');
  await expect(header).toContainText('MIXED');
  await expect(header).toContainText('paused');
  await expect(header).toContainText('German');

  await expect(dashboard.panel('Summary')).toContainText('this text itself is fine');
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText('Karen & Tom Whitaker');
  const opportunities = dashboard.panel('Opportunities');
  await expect(opportunities.getByRole('heading', { level: 3 })).toHaveText([
    'Whitaker – Roof Replacement',
    'Whitaker – Seamless Gutters',
    'Whitaker – Attic Insulation',
  ]);
  await expect(opportunities).toContainText('1 opportunity could not be read');
  const extractions = dashboard.panel('Entity extractions');
  await expect(extractions).toContainText('5 extractions');
  await expect(extractions).toContainText('QUEUED');
  await expect(extractions).toContainText('1 extraction could not be read');
  await expect(dashboard.panel('Follow-ups')).toContainText('1 follow-up could not be read');
  await expect(dashboard.panel('Score')).toContainText('Siro sent a score, but it could not be read.');
  await expect(dashboard.main).not.toContainText('This section could not be displayed');
  expect(dashboard.apiRequests).toHaveLength(1);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('hostile text (10k unbroken, RTL, emoji, combining marks) is readable without horizontal scroll', async ({ page, dashboard }) => {
    await dashboard.presetToken();
    await dashboard.openRecording('fault-hostile');

    await expect(dashboard.heading).toContainText('Roof estimate');
    await expect(dashboard.panel('Summary')).toContainText('Hebrew: שלום');
    await expect(dashboard.panel('Summary')).toContainText('👩‍👩‍👧‍👦');
    await dashboard.showPanels();
    await expect(dashboard.panel('Entity extractions')).toContainText('7 extractions');
    await expect(dashboard.panel('Follow-ups')).toContainText('<script>alert(1)</script>');
    await expect(dashboard.main).not.toContainText('This section could not be displayed');

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const name of ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions', 'Follow-ups'] as const) {
      const box = await dashboard.panel(name).boundingBox();
      expect(box!.x + box!.width, `${name} fits the screen`).toBeLessThanOrEqual(375);
    }
  });
});

test.describe('recording ids a CRM link can carry', () => {
  test.beforeEach(async ({ dashboard }) => {
    await dashboard.presetToken();
  });

  const reachable: Record<string, string> = {
    slash: 'a/b/c',
    'question mark': 'what?showSummary=false',
    hash: 'rec#frag',
    percent: '100%',
    'dots inside': 'a..b',
    'space and plus': 'a b+c',
    unicode: 'ünïcödé-録音-مرحبا-📞',
    'an escape written out': 'a%2Fb%3F',
  };

  for (const [name, id] of Object.entries(reachable)) {
    test(`${name} (${JSON.stringify(id)}) reaches the API as exactly one encoded path segment`, async ({ page, dashboard }) => {
      const segments = recordingIdSegments(page);
      await dashboard.openRecording(id);

      await expect(dashboard.heading).toHaveText('Recording not found');
      await expect(dashboard.openAnotherLink).toBeVisible();
      await expectNoFurtherRequest(dashboard);
      expect(dashboard.apiRequests, 'one request for the recording').toHaveLength(1);
      const detail = new URL(dashboard.apiRequests[0]!.url());
      expect(detail.hash).toBe('');
      expect(detail.searchParams.get('showSummary'), 'the id does not leak into the query').toBe('true');
      expect(segments.length).toBeGreaterThan(0);
      for (const segment of segments) {
        expect(segment, 'one path segment').not.toContain('/');
        expect(decodeURIComponent(segment), 'decodes back to the id').toBe(id);
      }
      await expectReadableState(dashboard);
    });
  }

  // Sent as one encoded segment, these could still become another path at a server that decodes
  // `%2F` or `%5C` and then resolves dot segments: the proxy refuses them (deploy/proxied-api.ts).
  for (const [name, id] of Object.entries({ 'slash and dot segment': 'a/b/../c', backslash: 'a\\b' })) {
    test(`${name} (${JSON.stringify(id)}) is refused by the proxy, with one request and a way on`, async ({ dashboard }) => {
      await dashboard.openRecording(id);
      await expect(dashboard.heading).toHaveText('Siro could not accept this request');
      await expect(dashboard.main).toContainText('This API path is not allowed.');
      await expect(dashboard.openAnotherLink).toBeVisible();
      await expectNoFurtherRequest(dashboard);
      expect(dashboard.apiRequests, 'one request for the recording').toHaveLength(1);
    });
  }

  const refused: Record<string, [id: string, reason: string]> = {
    '1,500 characters': ['x'.repeat(1_500), 'This recording ID is 1,500 characters long'],
    'a control character': ['rec\u0007id', 'invisible control characters'],
    'only a space': [' ', 'The link has no recording ID.'],
  };

  for (const [name, [id, reason]] of Object.entries(refused)) {
    test(`${name} is refused with a clear message and no request`, async ({ page, dashboard }) => {
      const segments = recordingIdSegments(page);
      await dashboard.openRecording(id);

      await expect(dashboard.heading).toHaveText('This link does not point to a recording');
      await expect(dashboard.main).toContainText(reason);
      await expect(dashboard.main.getByRole('link', { name: 'Open a recording' })).toBeVisible();
      expect(segments, 'no request about the recording').toEqual([]);
      await expectReadableState(dashboard);
    });
  }

  test('".." never becomes a request: the browser resolves the link away, and the form refuses it', async ({ page, dashboard }) => {
    // `/recordings/..` (or %2E%2E) is "/" to every URL parser, so a link cannot deliver it.
    const segments = recordingIdSegments(page);
    await dashboard.openRecording('..');
    await expect(page).toHaveURL('/');
    await expect(dashboard.heading).toHaveText('Recordings');

    await dashboard.recordingIdField.fill('..');
    await dashboard.recordingIdField.press('Enter');

    await expect(dashboard.main.getByRole('alert')).toHaveText('".." is not a recording ID.');
    await expect(page).toHaveURL('/');
    expect(segments, 'no request about the recording').toEqual([]);
  });
});
