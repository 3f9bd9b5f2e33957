import { CUSTOMER, EXTRACTION_COUNT, ID, OPPORTUNITIES, SUMMARY, TITLE } from './complete-sale';
import { CORE_FLAGS, DashboardPage, DEMO_TOKEN, expect, recordingPath, test } from './fixtures';

test('@smoke a CRM deep link asks for the token in place, then shows the whole recording with one request', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);

  await expect(dashboard.signInHeading).toBeVisible();
  await expect(page).toHaveTitle('Sign in · Siro');
  await expect(dashboard.tokenField).toBeVisible();
  await expect(dashboard.connectButton).toBeVisible();
  await expect(page).toHaveURL(recordingPath(ID));
  expect(dashboard.apiRequests, 'no request without a token').toHaveLength(0);

  await dashboard.signIn();

  await expect(dashboard.heading).toHaveText(TITLE);
  await expect(page).toHaveTitle(`${TITLE} · Siro`);
  // The form is gone: keyboard and screen reader carry on from the page's content, not the top.
  await expect(dashboard.main).toBeFocused();
  await expect(page).toHaveURL(recordingPath(ID));
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  const opportunities = dashboard.panel('Opportunities').getByRole('heading', { level: 3 });
  await expect(opportunities).toHaveText(OPPORTUNITIES);
  const extractions = dashboard.panel('Entity extractions');
  await expect(extractions).toContainText(EXTRACTION_COUNT);
  await expect(extractions.getByRole('heading', { name: 'Objection reason' })).toBeVisible();

  expect(dashboard.apiRequests, 'one request for the whole view').toHaveLength(1);
  const [request] = dashboard.apiRequests;
  const flags = DashboardPage.flagsOf(request!);
  expect(flags, 'the four panels are asked for').toEqual(expect.arrayContaining([...CORE_FLAGS]));
  expect(flags, 'exactly the panels switched on').toEqual(await dashboard.switchedOnFlags());
  expect(new URL(request!.url()).pathname).toBe(`/api/siro/v1/core/recordings/${ID}`);
});

test('a refresh keeps the recording, with the token kept in this tab only', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await dashboard.signIn();
  await expect(dashboard.heading).toHaveText(TITLE);

  await page.reload();

  await expect(dashboard.heading).toHaveText(TITLE);
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  await expect(dashboard.tokenField).toHaveCount(0);
  expect(await dashboard.storedTokens()).toEqual({ session: DEMO_TOKEN, local: null });
});

test('"Remember on this device" keeps the token on the device instead of in the tab', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await dashboard.signIn(DEMO_TOKEN, { remember: true });
  await expect(dashboard.heading).toHaveText(TITLE);

  expect(await dashboard.storedTokens()).toEqual({ session: null, local: DEMO_TOKEN });

  // Another tab on this device opens the link without asking again.
  const otherTab = new DashboardPage(await page.context().newPage());
  await otherTab.openRecording(ID);
  await expect(otherTab.heading).toHaveText(TITLE);
  expect(otherTab.pageErrors).toEqual([]);
  await otherTab.page.close();
});

test('Sign out returns to sign-in on the same URL and forgets the token everywhere', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID, '?showSummary=false');
  await dashboard.signIn(DEMO_TOKEN, { remember: true });
  await expect(dashboard.heading).toHaveText(TITLE);

  await dashboard.signOutButton.click();

  await expect(dashboard.signInHeading).toBeVisible();
  await expect(dashboard.signInNotice).toHaveText('You are signed out.');
  await expect(dashboard.heading).not.toHaveText(TITLE);
  await expect(dashboard.signOutButton).toHaveCount(0);
  await expect(page).toHaveURL(`${recordingPath(ID)}?showSummary=false`);
  expect(await dashboard.storedTokens()).toEqual({ session: null, local: null });

  // Nothing left behind to sign the next person in.
  await page.reload();
  await expect(dashboard.tokenField).toBeVisible();
  await expect(dashboard.panel('CRM customer')).toHaveCount(0);
});
