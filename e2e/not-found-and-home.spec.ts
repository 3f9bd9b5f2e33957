import { ID as COMPLETE_SALE_RECORDING_ID, TITLE } from './complete-sale';
import { expect, recordingPath, test } from './fixtures';

test('@smoke an unknown page says so and links to opening a recording', async ({ page, dashboard }) => {
  await page.goto('/some/unknown/page');

  await expect(dashboard.heading).toHaveText('Page not found');
  await dashboard.main.getByRole('link', { name: 'Open a recording' }).click();

  await expect(page).toHaveURL('/');
  await expect(dashboard.heading).toHaveText('Open a recording');
});

test('@smoke the home form opens a recording from a pasted Siro link', async ({ page, dashboard }) => {
  await dashboard.presetToken();
  await page.goto('/');
  // Signed in, `/` is the inbox, with the same form in its header.
  await expect(dashboard.heading).toHaveText('Recordings');

  await dashboard.recordingIdField.fill(`https://app.siro.ai/recordings/${COMPLETE_SALE_RECORDING_ID}?x=1`);
  await dashboard.recordingIdField.press('Enter');

  await expect(page).toHaveURL(recordingPath(COMPLETE_SALE_RECORDING_ID));
  await expect(dashboard.heading).toHaveText(TITLE);
});

test('the home form asks for something when submitted empty', async ({ page, dashboard }) => {
  await page.goto('/');

  await dashboard.main.getByRole('button', { name: 'Open' }).click();

  await expect(dashboard.main.getByRole('alert')).toHaveText('Paste a recording ID or a link to one.');
  await expect(dashboard.recordingIdField).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL('/');
});

test('an id with / ? and # stays one encoded path segment, in the page URL and in the API request', async ({ page, dashboard }) => {
  await dashboard.presetToken();
  await page.goto('/');

  await dashboard.recordingIdField.fill('a/b?c#d');
  await dashboard.recordingIdField.press('Enter');

  await expect(page).toHaveURL('/recordings/a%2Fb%3Fc%23d');
  await expect(dashboard.heading).toHaveText('Recording not found');
  expect(dashboard.apiRequests).toHaveLength(1);
  expect(new URL(dashboard.apiRequests[0]!.url()).pathname).toMatch(/\/recordings\/a%2Fb%3Fc%23d$/);
});

test('a 1,500-character id is refused with a clear message and no request', async ({ dashboard }) => {
  await dashboard.presetToken();
  await dashboard.openRecording('x'.repeat(1_500));

  await expect(dashboard.heading).toHaveText('This link does not point to a recording');
  await expect(dashboard.main).toContainText('This recording ID is 1,500 characters long');
  await expect(dashboard.main.getByRole('link', { name: 'Open a recording' })).toBeVisible();
  expect(dashboard.apiRequests).toHaveLength(0);
});
