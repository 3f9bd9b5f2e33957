import AxeBuilder from '@axe-core/playwright';
import type { Request } from '@playwright/test';

import { COMPLETE_SALE_TRANSCRIPT } from '../sample-api/data/complete-sale-transcript';
import { COMPLETE_SALE_RECORDING_ID, DELETED_RECORDING_ID, PROCESSING_RECORDING_ID } from '../sample-api/ids';
import { expect, test, type DashboardPage } from './fixtures';

const ID = COMPLETE_SALE_RECORDING_ID;
/** The complete sale without the transcript: the Ask Siro panel is then near the end of a short page. */
const SHORT_VIEW = '?showTranscript=false';

function startOf(words: string): number {
  const line = COMPLETE_SALE_TRANSCRIPT.utterances.find((utterance) => utterance.utterance.includes(words));
  if (!line) throw new Error(`No line holds "${words}"`);
  return line.startTimeInMillis / 1_000;
}

function watchAskRequests(dashboard: DashboardPage): Request[] {
  const requests: Request[] = [];
  dashboard.page.on('request', (request) => {
    if (/\/chats(\/available)?$|\/suggested-questions$/.test(new URL(request.url()).pathname)) requests.push(request);
  });
  return requests;
}

async function openAsk(dashboard: DashboardPage, id = ID, search = SHORT_VIEW) {
  await dashboard.openRecording(id, search);
  await expect(dashboard.heading).not.toHaveText(/Loading|Sign in/);
  await dashboard.panel('Ask Siro').scrollIntoViewIfNeeded();
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('a manager asks a suggested question and a typed one, and a cited quote plays from its moment', async ({ dashboard }) => {
  await openAsk(dashboard);
  await dashboard.suggestedQuestion('Was financing discussed?').click();
  await expect(dashboard.citedQuote('Was financing discussed?', 'We have a couple of financing options')).toBeVisible();
  await expect(dashboard.askedQuestion('Was financing discussed?')).toContainText('I searched the transcript for "financing"');

  await dashboard.ask('Did she say when her husband gets home?');
  await expect(dashboard.citedQuote('Did she say when her husband gets home?', 'Is Tom your husband?')).toBeVisible();
  await expect(dashboard.askField).toHaveValue('');
  // The earlier answer of this visit stays listed.
  await expect(dashboard.askedQuestion('Was financing discussed?')).toBeVisible();

  await dashboard.ask('What about the swimming pool?');
  await expect(dashboard.askedQuestion('What about the swimming pool?')).toContainText('I found nothing about that in this conversation.');

  await dashboard.citedQuote('Was financing discussed?', 'We have a couple of financing options').click();
  await expect
    .poll(async () => (await dashboard.audioState()).currentTime, { message: 'the audio at the quote' })
    .toBeCloseTo(startOf('We have a couple of financing options'), 0);
});

test('nothing of Ask Siro loads until the panel is on and near the viewport', async ({ page, dashboard }) => {
  const requests = watchAskRequests(dashboard);
  const code: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/ask-panel-[\w-]+\.js$/.test(new URL(request.url()).pathname)) code.push(request.url());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await dashboard.openRecording(ID);
  await expect(dashboard.panel('Opportunities')).toBeVisible();
  await expect(dashboard.panel('Ask Siro').getByText('Loading Ask Siro…')).toBeAttached();
  expect(requests, 'no Ask Siro request before the panel comes near').toEqual([]);
  expect(code, 'no Ask Siro code before the panel comes near').toEqual([]);

  await dashboard.panel('Ask Siro').scrollIntoViewIfNeeded();
  await expect(dashboard.askField).toBeVisible();
  expect(code).toHaveLength(1);
  expect(requests.map((request) => new URL(request.url()).pathname).sort()).toEqual([
    `/api/siro/v1/core/recordings/${ID}/chats/available`,
    '/api/siro/v1/suggested-questions',
  ]);

  // Switched off, the panel is gone from the page and from the URL.
  await dashboard.customize();
  await dashboard.toggle('Ask Siro').click();
  await expect(dashboard.panel('Ask Siro')).toHaveCount(0);
  await expect(page).toHaveURL(/showAsk=false/);
});

test('a deleted recording says why Siro cannot answer, instead of offering a field', async ({ dashboard }) => {
  await openAsk(dashboard, DELETED_RECORDING_ID, '');
  await expect(dashboard.panel('Ask Siro')).toContainText('This recording was deleted, so Siro can no longer answer questions about it.');
  await expect(dashboard.askField).toHaveCount(0);
});

test('a recording still processing says so, then offers the field once Siro has its transcript', async ({ dashboard }) => {
  const id = `${PROCESSING_RECORDING_ID}-ask-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await openAsk(dashboard, id);
  await expect(dashboard.panel('Ask Siro')).toContainText(
    'Siro can answer questions about this recording once it has finished processing.',
  );
  // The page refreshes a processing recording on its own; Ask Siro asks again once it is complete.
  await expect(dashboard.askField).toBeVisible({ timeout: 20_000 });
  await expect(dashboard.suggestedQuestion('What did they say about the roof?')).toBeVisible();
});

test('a failed question stays in the field with a way forward; a pending one can be cancelled', async ({ dashboard }) => {
  await openAsk(dashboard);
  const failing = 'What about the price? [fault-500]';
  await dashboard.ask(failing);
  const failed = dashboard.askedQuestion(failing);
  await expect(failed.getByRole('alert')).toContainText('Siro could not answer just now.');
  await expect(dashboard.askField).toHaveValue(failing);
  await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();

  const limited = 'What about the price? [fault-429]';
  await dashboard.ask(limited);
  await expect(dashboard.askedQuestion(limited).getByRole('alert')).toContainText('Wait 3 seconds, then try again.');
  await expect(dashboard.askField).toHaveValue(limited);

  const slow = 'Was financing discussed? [fault-slow]';
  await dashboard.ask(slow);
  const pending = dashboard.askedQuestion(slow);
  await expect(pending.getByRole('status')).toHaveText('Siro is looking through the conversation…');
  await pending.getByRole('button', { name: 'Cancel' }).click();
  await expect(pending).toHaveCount(0);
  await expect(dashboard.askField).toHaveValue(slow);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('questions and answers fit the width, and axe finds nothing', async ({ page, dashboard }) => {
    await openAsk(dashboard);
    await dashboard.suggestedQuestion('What are the next steps?').click();
    await expect(dashboard.citedQuote('What are the next steps?', 'Next steps: our production manager')).toBeVisible();
    await dashboard.ask(`${'Averyveryverylongwordwithoutanybreak'.repeat(8)} [fault-500]`);
    await expect(dashboard.panel('Ask Siro').getByRole('alert')).toBeVisible();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const { violations } = await new AxeBuilder({ page }).include('main').analyze();
    expect(violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')) }))).toEqual(
      [],
    );
  });
});
