import AxeBuilder from '@axe-core/playwright';
import type { Request } from '@playwright/test';

import { COMPLETE_SALE_TRANSCRIPT } from '../sample-api/data/complete-sale-transcript';
import { COMPLETE_SALE_RECORDING_ID as ID, VALUE_KINDS_RECORDING_ID } from '../sample-api/ids';
import { expect, test, type DashboardPage } from './fixtures';

// The scorecard, the moments and the talk metrics, read from the full recording document.

const lines = COMPLETE_SALE_TRANSCRIPT.utterances;
function startOf(words: string) {
  const line = lines.find((item) => item.utterance.includes(words));
  if (!line) throw new Error(`No line holds "${words}"`);
  return { text: line.utterance, seconds: line.startTimeInMillis / 1_000 };
}

async function expectAudioAt(dashboard: DashboardPage, seconds: number) {
  await expect.poll(async () => (await dashboard.audioState()).currentTime, { message: `audio at ${seconds} s` }).toBeCloseTo(seconds, 0);
}

function watchDocumentRequests(dashboard: DashboardPage) {
  const requests: Request[] = [];
  dashboard.page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/siro/v1/core/recordings') requests.push(request);
  });
  return requests;
}

const score = (dashboard: DashboardPage) => dashboard.panel('Score');
const moments = (dashboard: DashboardPage) => dashboard.panel('Moments');

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('a cited quote plays the audio from where it was said', async ({ dashboard }) => {
  const documents = watchDocumentRequests(dashboard);
  await dashboard.openRecording(ID);
  await score(dashboard).scrollIntoViewIfNeeded();
  await expect(score(dashboard)).toContainText('88 / 100');
  const section = score(dashboard).getByRole('region', { name: 'Discovery and rapport' });
  await expect(section).toContainText('26 / 30');
  const quote = startOf('they denied it');
  const at = `${Math.floor(quote.seconds / 60)}:${String(Math.floor(quote.seconds % 60)).padStart(2, '0')}`;
  await score(dashboard)
    .getByRole('button', { name: `Play from ${at}: ${quote.text}` })
    .click();
  await expectAudioAt(dashboard, quote.seconds);
  // One document request serves every panel; the recording is still asked for once.
  expect(documents).toHaveLength(1);
  expect(documents[0]?.postDataJSON()).toEqual({ ids: [ID] });
  expect(dashboard.apiRequests).toHaveLength(1);
});

test('a moment plays the audio from there, and the same moments are named markers on the seek bar', async ({ dashboard }) => {
  await dashboard.openRecording(ID);
  await moments(dashboard).scrollIntoViewIfNeeded();
  const competitor = startOf('Lone Star Roofing');
  await moments(dashboard)
    .getByRole('button', { name: /Competitor mention/ })
    .click();
  await expectAudioAt(dashboard, competitor.seconds);

  const objection = startOf('Honestly that is more than I was hoping');
  const marker = dashboard.audioPlayer.getByRole('button', { name: 'Objection at 33:57', exact: true });
  await expect(marker).toBeVisible();
  // The kind Siro's configuration does not name still reads as words.
  await expect(dashboard.audioPlayer.getByRole('button', { name: 'Smokescreen at 35:20', exact: true })).toBeVisible();
  await dashboard.setAudioTime(0);
  // Crowded marks overlap (the competitor is seven seconds later): from the keyboard, as a screen-reader user would.
  await marker.press('Enter');
  await expectAudioAt(dashboard, objection.seconds);
  expect(dashboard.apiRequests).toHaveLength(1);
});

test('the switches and the moment filter live in the URL', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await moments(dashboard).scrollIntoViewIfNeeded();
  await moments(dashboard).getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Objection (1)' });
  await expect(page).toHaveURL(/momentKind=OBJECTION/);
  await expect(moments(dashboard).getByRole('listitem')).toHaveCount(1);
  await dashboard.customize();
  await dashboard.toggle('Talk metrics').click();
  await expect(page).toHaveURL(/showTalkMetrics=false/);
  await expect(dashboard.panel('Talk metrics')).toHaveCount(0);
  await page.reload();
  await dashboard.customize();
  await expect(dashboard.toggle('Talk metrics')).toHaveAttribute('aria-checked', 'false');
  await moments(dashboard).scrollIntoViewIfNeeded();
  await expect(moments(dashboard).getByRole('listitem')).toHaveCount(1);
  await dashboard.toggle('Moments').click();
  await expect(page).toHaveURL(/showMoments=false/);
  await expect(moments(dashboard)).toHaveCount(0);
  await expect(dashboard.audioPlayer.getByRole('button', { name: 'Objection at 33:57' })).toHaveCount(0);
});

test('talk metrics as Siro sends them, and computed from the transcript for an older recording', async ({ dashboard }) => {
  await dashboard.openRecording(ID);
  const metrics = dashboard.panel('Talk metrics');
  await metrics.scrollIntoViewIfNeeded();
  await expect(metrics.getByRole('img', { name: /Talk share: rep 70%, customer 30%/ })).toBeVisible();
  await expect(metrics).toContainText('Rep words per minute');

  await dashboard.openRecording(VALUE_KINDS_RECORDING_ID);
  await dashboard.panel('Talk metrics').scrollIntoViewIfNeeded();
  await expect(dashboard.panel('Talk metrics')).toContainText('computed from its transcript');
  await expect(dashboard.panel('Talk metrics').getByRole('img', { name: /Talk share: rep \d+%/ })).toBeVisible();
});

test('a broken evaluation shows what can be read and says what cannot', async ({ dashboard }) => {
  await dashboard.openRecording('fault-document-broken-evaluation');
  await score(dashboard).scrollIntoViewIfNeeded();
  await expect(score(dashboard)).toContainText('could not be read');
  await expect(score(dashboard).getByRole('region', { name: 'Objections and close' })).toContainText('Asks for the sale');
  await moments(dashboard).scrollIntoViewIfNeeded();
  await expect(moments(dashboard)).toContainText('1 moment could not be read');
});

test('without the document, the score is still the number and the other panels offer to try again', async ({ dashboard }) => {
  await dashboard.openRecording('fault-document-500');
  await expect(dashboard.heading).toBeVisible();
  await moments(dashboard).scrollIntoViewIfNeeded();
  await expect(moments(dashboard).getByRole('button', { name: 'Try again' })).toBeVisible({ timeout: 30_000 });
  await dashboard.showPanels('Score');
  await expect(score(dashboard)).toContainText('88');
  await expect(score(dashboard).getByRole('meter', { name: 'Evaluation score 88 out of 100' })).toBeVisible();
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('criteria are one line each until opened, nothing scrolls sideways, and axe finds nothing', async ({ page, dashboard }) => {
    test.slow();
    await dashboard.openRecording(ID);
    await score(dashboard).scrollIntoViewIfNeeded();
    const criterion = score(dashboard).getByRole('button', { name: /Uncovers why the homeowner called/ });
    await expect(criterion).toHaveAttribute('aria-expanded', 'false');
    await criterion.click();
    await expect(criterion).toHaveAttribute('aria-expanded', 'true');
    await expect(score(dashboard)).toContainText('the denied insurance claim');
    await moments(dashboard).scrollIntoViewIfNeeded();
    await expect(moments(dashboard).getByRole('button', { name: /Competitor mention/ })).toBeVisible();
    await dashboard.panel('Talk metrics').scrollIntoViewIfNeeded();
    await expect(dashboard.panel('Talk metrics')).toContainText('Longest monologue');
    await dashboard.audioPlayer.scrollIntoViewIfNeeded();
    await expect(dashboard.audioPlayer.getByRole('button', { name: 'Objection at 33:57' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) })),
    ).toEqual([]);
  });
});
