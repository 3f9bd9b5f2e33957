import type { Locator } from '@playwright/test';

import { SUMMARY, TITLE } from './complete-sale';
import { CORE_PANELS, expect, recordingPath, test, type DashboardPage } from './fixtures';

// The sample API's faults of the endpoints around a recording (sample-api/conversation-faults.ts):
// each fault id is the complete sale, with one of its transcript, summary-section, audio-URL or
// audio requests failing. The page must say so where it happened, offer a way forward and keep
// everything else. The wording is the conversation UI's to change: only its shape is asserted.

const WAY_FORWARD = /retry|try again|load the rest|reload/i;
/** The first line of the complete sale's transcript. */
const FIRST_LINE = 'Hi, you must be Karen';
/** Transcript requests are retried three times with backoff before the manager is asked. */
const AFTER_RETRIES = { timeout: 20_000 };

/** The heading, the four core panels and the summary: what a failure elsewhere must not take away. */
async function expectRecordingIntact(dashboard: DashboardPage) {
  await expect(dashboard.heading).toHaveText(TITLE);
  for (const name of CORE_PANELS) await expect(dashboard.panel(name)).toBeVisible();
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  await expect(dashboard.main).not.toContainText('This section could not be displayed');
}

/** Some words in an alert or status inside `area`, and a button to try again beside them. */
async function expectNoticeWithWayForward(area: Locator) {
  const notice = area.getByRole('alert').or(area.getByRole('status')).filter({ hasText: /\w{3}/ });
  await expect(notice.first()).toBeVisible(AFTER_RETRIES);
  await expect(area.getByRole('button', { name: WAY_FORWARD }).first()).toBeEnabled();
}

function countRequests(dashboard: DashboardPage, suffix: RegExp) {
  const seen: string[] = [];
  dashboard.page.on('request', (request) => {
    if (suffix.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test.describe('transcript', () => {
  test('a later page fails: the first lines stay, with a way to load the rest', async ({ dashboard }) => {
    const pages = countRequests(dashboard, /\/utterances$/);
    await dashboard.openRecording('fault-utterances-500');
    await dashboard.scrollToConversation();

    await expect(dashboard.transcriptLine(FIRST_LINE)).toBeVisible();
    await expectNoticeWithWayForward(dashboard.panel('Transcript'));
    await expectRecordingIntact(dashboard);
    await expect(dashboard.audioButton('Play')).toBeEnabled();

    const before = pages.length;
    await dashboard.panel('Transcript').getByRole('button', { name: WAY_FORWARD }).first().click();
    await expect.poll(() => pages.length, { message: 'the failed page is asked for again' }).toBeGreaterThan(before);
    await expect(dashboard.transcriptLine(FIRST_LINE)).toBeVisible();
  });

  test('a malformed first page: says the transcript could not be read, with Retry', async ({ dashboard }) => {
    const pages = countRequests(dashboard, /\/utterances$/);
    await dashboard.openRecording('fault-utterances-malformed');
    await dashboard.scrollToConversation();

    await expectNoticeWithWayForward(dashboard.panel('Transcript'));
    await expectRecordingIntact(dashboard);
    await expect(dashboard.audioButton('Play')).toBeEnabled();

    const before = pages.length;
    await dashboard.panel('Transcript').getByRole('button', { name: WAY_FORWARD }).first().click();
    await expect.poll(() => pages.length, { message: 'asked for again' }).toBeGreaterThan(before);
  });

  test('the token expires while later pages load: back to sign-in on the same URL, with the reason', async ({ page, dashboard }) => {
    await dashboard.openRecording('fault-utterances-401');
    await dashboard.panel('Transcript').scrollIntoViewIfNeeded();

    await expect(dashboard.signInNotice).toContainText(/expired/i);
    await expect(dashboard.tokenField).toBeVisible();
    await expect(page).toHaveURL(recordingPath('fault-utterances-401'));
  });

  // The app pages on while the API says there is more, and this API serves page 1 again for
  // every cursor: the repeat is noticed, and paging stops.
  test('an API that ignores the cursor: the lines once, a bounded number of requests, and a notice', async ({ page, dashboard }) => {
    const pages = countRequests(dashboard, /\/utterances$/);
    await dashboard.openRecording('fault-utterances-cursor-ignored');
    await dashboard.scrollToConversation();

    await expect(dashboard.transcriptLine(FIRST_LINE)).toHaveCount(1);
    await expectRecordingIntact(dashboard);
    await expect(page.waitForRequest((request) => request.url().includes('/utterances'), { timeout: 2_000 })).rejects.toThrow(/Timeout/);
    expect(pages.length).toBeLessThanOrEqual(5);
  });
});

test.describe('summary sections', () => {
  for (const id of ['fault-summary-500', 'fault-summary-malformed']) {
    test(`${id}: the plain summary takes their place, and the rest of the page stays`, async ({ dashboard }) => {
      await dashboard.openRecording(id);
      await dashboard.scrollToConversation();

      await expectRecordingIntact(dashboard);
      await expect(dashboard.panel('Summary')).toContainText('Marcus Bell met Karen Whitaker');
      await expect(dashboard.transcriptLine(FIRST_LINE)).toBeVisible();
      await expect(dashboard.audioButton('Play')).toBeEnabled();
    });
  }
});

test.describe('audio', () => {
  test('the signed URL answers error: true: its message is shown, the rest plays on', async ({ dashboard }) => {
    await dashboard.openRecording('fault-audio-url-error');
    await dashboard.scrollToConversation();

    await expect(dashboard.audioPlayer.getByRole('status').filter({ hasText: /\S/ })).toContainText('Audio is temporarily unavailable');
    await expect(dashboard.audioButton('Play')).toBeDisabled();
    await expect(dashboard.transcriptLine(FIRST_LINE)).toBeVisible();
    await expectRecordingIntact(dashboard);
  });

  for (const [what, id] of [
    ['the signed URL request fails with 500', 'fault-audio-url-500'],
    ['storage has no such audio (404)', 'fault-audio-404'],
  ] as const) {
    test(`${what}: a notice and Try again`, async ({ dashboard }) => {
      const signed = countRequests(dashboard, /\/signedUrl$/);
      await dashboard.openRecording(id);
      await dashboard.scrollToConversation();

      await expectNoticeWithWayForward(dashboard.audioPlayer);
      await expect(dashboard.transcriptLine(FIRST_LINE)).toBeVisible();
      await expectRecordingIntact(dashboard);

      const before = signed.length;
      await dashboard.audioPlayer.getByRole('button', { name: WAY_FORWARD }).first().click();
      await expect.poll(() => signed.length, { message: 'a new URL is asked for' }).toBeGreaterThan(before);
    });
  }

  test('every URL is already expired: a notice and Try again', async ({ dashboard }) => {
    await dashboard.openRecording('fault-audio-url-expired');
    await dashboard.scrollToConversation();

    await expectNoticeWithWayForward(dashboard.audioPlayer);
    await expect(dashboard.transcriptLine(FIRST_LINE)).toBeVisible();
    await expectRecordingIntact(dashboard);
  });

  // A URL whose expiry has passed is "renewed" at once, and so is the next one: renewal keeps a
  // minimum interval with backoff, so the page never asks in a tight loop.
  test('every URL is already expired: the page does not keep asking for new ones', async ({ dashboard }) => {
    const signed = countRequests(dashboard, /\/signedUrl$/);
    await dashboard.openRecording('fault-audio-url-expired');
    await dashboard.scrollToConversation();
    await expectNoticeWithWayForward(dashboard.audioPlayer);

    const settled = signed.length;
    await expect(dashboard.page.waitForRequest((request) => request.url().endsWith('/signedUrl'), { timeout: 3_000 })).rejects.toThrow(
      /Timeout/,
    );
    expect(settled, 'signed URLs asked for').toBeLessThanOrEqual(5);
  });
});
