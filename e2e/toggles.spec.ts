import { CUSTOMER, ID, SUMMARY, TITLE } from './complete-sale';
import { CORE_FLAGS, CORE_PANELS, DashboardPage, expect, recordingPath, test } from './fixtures';

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('each panel has a labelled switch, on by default', async ({ dashboard }) => {
  await dashboard.openRecording(ID);
  await expect(dashboard.heading).toHaveText(TITLE);

  await dashboard.customize();
  for (const name of CORE_PANELS) {
    await expect(dashboard.toggle(name)).toBeChecked();
    await dashboard.showPanels();
    await expect(dashboard.panel(name)).toBeVisible();
  }
});

test('@smoke switching Summary off is served from the cache; back on shows it again', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  expect(dashboard.apiRequests).toHaveLength(1);

  await dashboard.customize();
  await dashboard.toggle('Summary').click();

  await expect(dashboard.toggle('Summary')).not.toBeChecked();
  await expect(page).toHaveURL(`${recordingPath(ID)}?showSummary=false`);
  await expect(dashboard.panel('Summary')).toHaveCount(0);
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  await expect(dashboard.heading).toHaveText(TITLE);
  expect(dashboard.apiRequests, 'switching a panel off costs no request').toHaveLength(1);

  await dashboard.toggle('Summary').click();

  await expect(dashboard.toggle('Summary')).toBeChecked();
  await expect(page).toHaveURL(recordingPath(ID));
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  expect(dashboard.apiRequests, 'the full view is still fresh in the cache').toHaveLength(1);
});

test('switching a panel on that was never loaded makes exactly one request with every flag', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID, '?showSummary=false');
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  await expect(dashboard.panel('Summary')).toHaveCount(0);
  expect(dashboard.apiRequests).toHaveLength(1);
  const first = DashboardPage.flagsOf(dashboard.apiRequests[0]!);
  expect(first).not.toContain('showSummary');
  expect(first).toEqual(await dashboard.switchedOnFlags());

  await dashboard.customize();
  await dashboard.toggle('Summary').click();

  await expect(page).toHaveURL(recordingPath(ID));
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  // The panels already shown are still there.
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  expect(dashboard.apiRequests, 'one new request').toHaveLength(2);
  const second = DashboardPage.flagsOf(dashboard.apiRequests[1]!);
  expect(second).toEqual(expect.arrayContaining([...CORE_FLAGS]));
  expect(second).toEqual(await dashboard.switchedOnFlags());
});

test('a deep link with panels off opens with those switches off and asks only for the rest', async ({ dashboard }) => {
  await dashboard.openRecording(ID, '?showCrmOpportunities=false&showEntityExtractions=false');

  await expect(dashboard.heading).toHaveText(TITLE);
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  await dashboard.customize();
  await expect(dashboard.toggle('Summary')).toBeChecked();
  await expect(dashboard.toggle('CRM customer')).toBeChecked();
  await expect(dashboard.toggle('Opportunities')).not.toBeChecked();
  await expect(dashboard.toggle('Entity extractions')).not.toBeChecked();
  await expect(dashboard.panel('Opportunities')).toHaveCount(0);
  await expect(dashboard.panel('Entity extractions')).toHaveCount(0);

  expect(dashboard.apiRequests).toHaveLength(1);
  const flags = DashboardPage.flagsOf(dashboard.apiRequests[0]!);
  expect(flags).toEqual(expect.arrayContaining(['showCrmCustomers', 'showSummary']));
  expect(flags).not.toContain('showCrmOpportunities');
  expect(flags).not.toContain('showEntityExtractions');
  expect(flags, 'exactly the panels switched on').toEqual(await dashboard.switchedOnFlags());
});

test('a switch works from the keyboard: Tab to it, Space flips it', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await dashboard.showPanels();
  await expect(dashboard.panel('Opportunities')).toBeVisible();
  await dashboard.customize();
  const opportunities = dashboard.toggle('Opportunities');

  await dashboard.tabTo(opportunities);
  await expect(opportunities).toBeFocused();
  await page.keyboard.press('Space');

  await expect(opportunities).toHaveAttribute('aria-checked', 'false');
  await expect(page).toHaveURL(`${recordingPath(ID)}?showCrmOpportunities=false`);
  await expect(dashboard.panel('Opportunities')).toHaveCount(0);
  await expect(opportunities).toBeFocused();

  await page.keyboard.press('Space');

  await expect(opportunities).toHaveAttribute('aria-checked', 'true');
  await expect(page).toHaveURL(recordingPath(ID));
  await expect(dashboard.panel('Opportunities')).toBeVisible();
});

test('toggles replace the history entry, so Back leaves the recording', async ({ page, dashboard }) => {
  await page.goto('/');
  await expect(dashboard.heading).toHaveText('Recordings');
  await dashboard.openRecording(ID);
  await expect(dashboard.heading).toHaveText(TITLE);
  const before = await dashboard.historyLength();

  await dashboard.customize();
  await dashboard.toggle('Summary').click();
  await expect(page).toHaveURL(`${recordingPath(ID)}?showSummary=false`);
  await dashboard.toggle('CRM customer').click();
  await expect(page).toHaveURL(`${recordingPath(ID)}?showSummary=false&showCrmCustomers=false`);
  await dashboard.toggle('Summary').click();
  await expect(page).toHaveURL(`${recordingPath(ID)}?showCrmCustomers=false`);

  expect(await dashboard.historyLength()).toBe(before);

  await page.goBack();

  await expect(page).toHaveURL('/');
  await expect(dashboard.heading).toHaveText('Recordings');
});
