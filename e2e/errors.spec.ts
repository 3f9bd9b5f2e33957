import { ID as COMPLETE_SALE_RECORDING_ID, SUMMARY, TITLE } from './complete-sale';
import { DEMO_TOKEN, expect, test, type DashboardPage } from './fixtures';

// A stack frame as V8 prints one: "at fn (file.js:1:2)" or "at file.js:1:2".
const STACK_FRAME = /\bat\s+(?:\S+\s+)?\(?\S+:\d+:\d+\)?/;
// fault-500, fault-502 and a lost connection give up after three retries with 1 s, 2 s and 4 s of backoff.

/** What every error state must hold to: no stack, no token, nothing of a raw error page. */
async function expectNothingLeaked(dashboard: DashboardPage) {
  const text = await dashboard.visibleText();
  expect(text).not.toMatch(STACK_FRAME);
  expect(text).not.toContain(DEMO_TOKEN);
  expect(text).not.toMatch(/<html|doctype/i);
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('403: says there is no access, and offers another recording instead of a retry', async ({ dashboard }) => {
  await dashboard.openRecording('fault-403');

  await expect(dashboard.heading).toHaveText("You don't have access to this recording");
  await expect(dashboard.main).toContainText('Ask your Siro admin for access');
  await expect(dashboard.openAnotherLink).toBeVisible();
  await expect(dashboard.retryButton).toHaveCount(0);
  expect(dashboard.apiRequests, 'a 403 is not retried').toHaveLength(1);
  await expectNothingLeaked(dashboard);
});

test('@smoke unknown id: Recording not found, and a way to open another one', async ({ page, dashboard }) => {
  await dashboard.openRecording(`no-such-recording-${Date.now()}`);

  await expect(dashboard.heading).toHaveText('Recording not found');
  await expect(dashboard.retryButton).toHaveCount(0);
  await expectNothingLeaked(dashboard);

  await dashboard.openAnotherLink.click();

  await expect(page).toHaveURL('/');
  await expect(dashboard.heading).toHaveText('Recordings');
});

test("422: shows the API's own validation message", async ({ dashboard }) => {
  await dashboard.openRecording('fault-422');

  await expect(dashboard.heading).toHaveText('Siro could not accept this request');
  await expect(dashboard.main).toContainText('id: Expected uuid, received string');
  await expect(dashboard.openAnotherLink).toBeVisible();
  await expectNothingLeaked(dashboard);
});

test('429: says requests are limited while it retries, then offers Retry', async ({ dashboard }) => {
  await dashboard.openRecording('fault-429');

  await expect(dashboard.heading).toHaveText('Too many requests right now');
  await expect(dashboard.main).toContainText('Retrying shortly…');
  await expect(dashboard.retryingButton).toBeDisabled();
  await expectNothingLeaked(dashboard);

  // Three retries, each after the 1 s the Retry-After header asks for.
  await expect(dashboard.retryButton).toBeEnabled();
  await expect(dashboard.heading).toHaveText('Too many requests right now');
  await expect(dashboard.main).toContainText('Wait a moment, then retry.');
  expect(dashboard.apiRequests, 'the first request and three retries').toHaveLength(4);
  await expectNothingLeaked(dashboard);
});

test('500: could not be loaded, with Retry once the automatic retries are spent', async ({ page, dashboard }) => {
  await page.clock.install();
  await dashboard.openRecording('fault-500');

  await expect(dashboard.heading).toHaveText('The recording could not be loaded');
  await expect(dashboard.retryingButton).toBeDisabled();

  await dashboard.expectRetryAfterBackoff();
  await expect(dashboard.main).toContainText('Siro had a problem answering (HTTP 500)');
  await expect(dashboard.openAnotherLink).toBeVisible();
  expect(dashboard.apiRequests).toHaveLength(4);
  await expectNothingLeaked(dashboard);
});

test('502 with an HTML error page: could not be loaded, and none of the HTML shows', async ({ page, dashboard }) => {
  await page.clock.install();
  await dashboard.openRecording('fault-502-html');

  await expect(dashboard.heading).toHaveText('The recording could not be loaded');
  await expect(dashboard.main).toContainText('answered with an error page');
  await expectNothingLeaked(dashboard);

  await dashboard.expectRetryAfterBackoff();
  await expect(dashboard.main).toContainText('HTTP 502');
  await expect(dashboard.main).not.toContainText('Cloudflare');
  await expectNothingLeaked(dashboard);
});

for (const [id, message] of [
  ['fault-malformed-json', 'Siro answered with something that is not data.'],
  ['fault-null-data', 'Siro answered, but not with a readable recording.'],
] as const) {
  test(`${id}: could not be loaded, not readable, with Retry`, async ({ dashboard }) => {
    await dashboard.openRecording(id);

    await expect(dashboard.heading).toHaveText('The recording could not be loaded');
    await expect(dashboard.main).toContainText(message);
    await expect(dashboard.retryButton).toBeEnabled();
    await expect(dashboard.openAnotherLink).toBeVisible();
    expect(dashboard.apiRequests, 'an unreadable answer is not retried on its own').toHaveLength(1);
    await expectNothingLeaked(dashboard);

    await dashboard.retryButton.click();

    await expect.poll(() => dashboard.apiRequests.length, { message: 'Retry asks again' }).toBe(2);
    await expect(dashboard.retryButton).toBeEnabled();
    await expect(dashboard.heading).toHaveText('The recording could not be loaded');
  });
}

test('a lost connection says so, and Retry brings the recording once it is back', async ({ page, dashboard }) => {
  await page.route('**/api/siro/**', (route) => route.abort('internetdisconnected'));
  await page.clock.install();
  await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);

  await expect(dashboard.heading).toHaveText('The recording could not be loaded');
  await expect(dashboard.main).toContainText('The connection was lost');
  await dashboard.expectRetryAfterBackoff();
  await expectNothingLeaked(dashboard);

  await page.unroute('**/api/siro/**');
  await dashboard.retryButton.click();

  await expect(dashboard.heading).toHaveText(TITLE);
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
});

test('the app itself failing to arrive says so and offers Reload, never a blank page', async ({ page, dashboard }) => {
  // The connection drops as the app's code downloads (or a deploy removed the files this page names).
  await page.route(/\/assets\/app-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
  await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);

  await expect(dashboard.heading).toHaveText('The page could not load');
  await expect(page.getByRole('alert')).toContainText('Check your connection, then reload.');
  await page.unroute(/\/assets\/app-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(dashboard.heading).toHaveText(TITLE);
});
