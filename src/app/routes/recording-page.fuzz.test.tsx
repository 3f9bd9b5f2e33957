import { within } from '@testing-library/react';
import fc from 'fast-check';
import { http } from 'msw';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { recordingResponseSchema } from '@/features/recordings/api/recording-schema';
import type { PanelFlags } from '@/features/recordings/panels';
import { recordingTitle } from '@/features/recordings/recording-facts';
import { clipText } from '@/lib/clip-text';
import { tokenStore } from '@/lib/token-store';
import { apiAnswer, type ApiAnswer } from '@/testing/arbitraries';
import { RECORDING } from '@/testing/msw/recordings';
import { DEMO_TOKEN } from '@/testing/msw/sample-api';
import { server } from '@/testing/msw/server';
import { ALL_PANELS_ON } from '@/testing/recording-fixtures';
import { recordingPage, wholePage } from '@/testing/recording-page';
import { renderWithProviders } from '@/testing/render';

// Property: whatever the detail endpoint answers, the page renders without an uncaught error,
// never blank, and shows the recording exactly when the schema can read one, an error otherwise.
// FUZZ_RUNS sets the number of cases (`npm run fuzz` runs 10,000); FUZZ_SEED replays a failure.

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIME_LIMIT = Math.max(120_000, RUNS * 1_000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const ID = 'fuzz-recording';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

const flags: fc.Arbitrary<PanelFlags> = fc.record({
  showSummary: fc.boolean(),
  showCrmCustomers: fc.boolean(),
  showCrmOpportunities: fc.boolean(),
  showEntityExtractions: fc.boolean(),
  showEvaluationScore: fc.boolean(),
  showFollowups: fc.boolean(),
});

/** What the page must show for this answer: the recording's title, or an error. */
function expected(answer: ApiAnswer): { title: string } | 'error' {
  if (answer.status !== 200) return 'error';
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return 'error';
  }
  const result = v.safeParse(recordingResponseSchema, body);
  // A long title is cut, with Show more (LongText).
  const title = result.success ? clipText(recordingTitle(result.output.data), 300) : null;
  return title ? { title: title.hidden ? `${title.text} Show more` : title.text } : 'error';
}

let problems: string[] = [];
const onWindowError = (event: ErrorEvent) => problems.push(`uncaught: ${String(event.error ?? event.message)}`);

beforeEach(() => {
  tokenStore.signIn(DEMO_TOKEN, false);
  problems = [];
  window.addEventListener('error', onWindowError);
  // React reports errors it caught (a panel's boundary) and render warnings (duplicate keys) here.
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) =>
      problems.push(`console.${level}: ${args.map(String).join(' ').slice(0, 500)}`),
    );
  }
});

afterEach(() => {
  window.removeEventListener('error', onWindowError);
  tokenStore.signOut();
});

async function renderAnswer(answer: ApiAnswer, panelFlags: PanelFlags) {
  problems = [];
  // The transcript, sections and audio URL of this unknown id answer 404, as the sample API does.
  server.resetHandlers();
  server.use(
    http.get(RECORDING, () => new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.contentType } })),
  );
  const view = renderWithProviders(recordingPage({ id: ID, flags: panelFlags }));
  try {
    const heading = await within(view.container).findByRole('heading', { level: 1 }, { interval: 5 });
    const shown = heading.closest('[role="alert"]') ? 'error' : { title: heading.textContent ?? '' };
    // Every panel, not only the first screen: those below the summary come one after another.
    await wholePage();
    const main = view.container;
    const links = [...main.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href);
    return {
      shown,
      text: main.textContent ?? '',
      brokenPanel: (main.textContent ?? '').includes('This section could not be displayed'),
      activeElements: main.querySelectorAll('script, iframe, object, embed, img').length,
      unsafeLinks: links.filter((href) => !SAFE_PROTOCOLS.has(new URL(href).protocol)),
      handlers: [...main.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => /^on/i.test(name))),
    };
  } finally {
    view.unmount();
    view.container.remove(); // Thousands of runs: keep the document small.
    view.queryClient.clear();
  }
}

describe('RecordingPage under fuzzed API answers', () => {
  it(
    `always shows the recording or an error, never throws, never blank (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(apiAnswer, flags, async (answer, panelFlags) => {
          const result = await renderAnswer(answer, panelFlags);
          expect(problems).toEqual([]);
          expect(result.text.trim().length).toBeGreaterThan(0);
          expect(result.shown).toEqual(expected(answer));
          expect(result.brokenPanel).toBe(false);
          expect(result.activeElements).toBe(0);
          expect(result.unsafeLinks).toEqual([]);
          expect(result.handlers).toEqual([]);
        }),
        // Stopped short of the test's own timeout: a failure found late is still reported with its
        // seed (its shrinking cut short), and a slow machine runs fewer cases, not a timeout.
        { numRuns: RUNS, seed: SEED, interruptAfterTimeLimit: TIME_LIMIT - 30_000 },
      );
    },
    TIME_LIMIT,
  );

  // Found by this property: labels were looked up in plain objects, so "__proto__" read
  // Object.prototype and the header could not render. Kept as a named case.
  it.each(['__proto__', 'toString', 'constructor'])(
    'an enum value of "%s" is shown as text, not looked up on Object.prototype',
    async (value) => {
      const body = JSON.stringify({
        data: {
          id: ID,
          dateCreated: '2024-05-14T15:30:00Z',
          deleted: false,
          title: 'Kept',
          transcriptionStatus: value,
          processingStatus: value,
          universalOutcomeLabel: value,
          followups: [{ id: 'f1', followupType: value, status: value, score: 3, action: 'Call back' }],
        },
      });
      const result = await renderAnswer({ status: 200, body, contentType: 'application/json' }, ALL_PANELS_ON);
      expect(result.shown).toEqual({ title: 'Kept' });
      expect(problems).toEqual([]);
      expect(result.brokenPanel).toBe(false);
      expect(result.text).toContain(value);
    },
  );
});
