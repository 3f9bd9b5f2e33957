import AxeBuilder from '@axe-core/playwright';

import { holdBackApp, recordingPath, roundedBox } from './fixtures';
import { expect, fakeManyRecordings, InboxPage, test } from './inbox-fixtures';

const TOTAL = 72; // every sample recording the search knows (sample-api/data/inbox-recordings.ts)
const ROOFING = 'Roofing – North Dallas';
const WHITAKER = 'Whitaker – roof replacement consultation';

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('/ shows the inbox when signed in, newest first, with the Open form in its header', async ({ page, inbox }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Recordings' })).toBeVisible();
  await expect(page.getByLabel('Recording ID or link')).toBeVisible();
  await inbox.expectRows(50);
  await expect(inbox.count).toHaveText(`About ${TOTAL} recordings match`);
  expect(inbox.searches).toHaveLength(1);
  expect(inbox.lastBody).toMatchObject({ page: 1, pageSize: 50, query: { sort: 'dateCreated', sortDirection: 'desc' } });
});

test('filters and the search reach the request body and the URL; Back steps through the filter changes', async ({ page, inbox }) => {
  await inbox.open();
  await inbox.expectRows(50);

  await inbox.choose('Team', ROOFING);
  await expect(page).toHaveURL(/[?&]team=6a1f3c5e/);
  await expect(inbox.rows.first()).toBeVisible();
  expect(inbox.searches).toHaveLength(2);
  expect(inbox.lastBody?.query.teamIds).toEqual(['6a1f3c5e-8b2d-4f09-a7c4-3e5d7f9b1a20']);

  await inbox.sort.selectOption({ label: 'Highest score' });
  await expect(page).toHaveURL(/[?&]sort=score-high/);
  await expect.poll(() => inbox.lastBody?.query).toMatchObject({ sort: 'evaluationScore', sortDirection: 'desc' });

  const historyBefore = await page.evaluate(() => history.length);
  await inbox.searchField.fill('whitaker');
  await expect(inbox.row(WHITAKER)).toBeVisible();
  await inbox.expectRows(1);
  await expect(page).toHaveURL(/[?&]q=whitaker/);
  expect(inbox.searches).toHaveLength(4);
  expect(inbox.lastBody?.query).toMatchObject({ searchText: 'whitaker', teamIds: ['6a1f3c5e-8b2d-4f09-a7c4-3e5d7f9b1a20'] });
  // Typing replaces the history entry: Back goes to the previous filter, not to each letter.
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=score-high/);
  await expect(page).toHaveURL(/team=/);
  await expect(inbox.sort).toHaveValue('newest');

  await inbox.clearFilters.click();
  await expect(page).toHaveURL(/\/recordings$/);
  await expect(inbox.count).toHaveText(`About ${TOTAL} recordings match`);
});

test('pages: Load more, and the next page as the end of the list comes near', async ({ page, inbox }) => {
  await inbox.open();
  await inbox.expectRows(50);
  // A click without scrolling there first: scrolled near, the next page would load by itself.
  await inbox.loadMore.dispatchEvent('click');
  await inbox.expectRows(TOTAL);
  expect(inbox.searches.map((request) => InboxPage.body(request).page)).toEqual([1, 2]);
  await expect(inbox.loadMore).toHaveCount(0);

  await page.goto('/recordings?sort=oldest');
  await inbox.expectRows(50);
  await inbox.scrollToEnd();
  await inbox.expectRows(TOTAL);
});

test('a thousand rows: all in the page, only those near the viewport laid out; j and k go on from a focused row', async ({
  page,
  inbox,
}) => {
  await fakeManyRecordings(page, 1_000);
  await inbox.open();
  await inbox.expectRows(50);
  await expect
    .poll(
      async () => {
        await inbox.scrollToEnd();
        return inbox.rows.count();
      },
      { timeout: 60_000 },
    )
    .toBe(1000);
  await expect(inbox.row('Generated recording 1000')).toBeVisible();
  await expect(inbox.rows).toHaveCount(1000);
  await expect(inbox.rows.last().getByRole('link')).toHaveAccessibleName('Generated recording 1000');
  // Whether the browser lays a row's card out, or skips it as far off screen.
  const drawn = (title: string) => inbox.row(title).evaluate((link) => link.checkVisibility({ contentVisibilityAuto: true }));
  expect(await drawn('Generated recording 1000')).toBe(true);
  expect(await drawn('Generated recording 20')).toBe(false);

  await inbox.row('Generated recording 990').focus();
  await page.keyboard.press('j');
  await expect(inbox.row('Generated recording 991')).toBeFocused();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(inbox.row('Generated recording 1')).toBeVisible();
  await expect(inbox.row('Generated recording 991')).toBeFocused();
  await page.keyboard.press('k');
  await expect(inbox.row('Generated recording 990')).toBeFocused();
  await expect(inbox.row('Generated recording 990')).toBeInViewport();
});

test('opening a recording and going Back keeps the filters and the scroll position, without asking again', async ({ page, inbox }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await inbox.open('?result=closed&sort=oldest');
  await expect(inbox.rows.first()).toBeVisible();
  // The 13th row, in the second block: laid out once the page has scrolled near it.
  const row = inbox.rows.nth(12).getByRole('link');
  await page.evaluate(() => window.scrollBy(0, 600));
  await row.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 200));
  await expect.poll(() => inbox.scrollY()).toBeGreaterThan(300);
  // Rows coming into view take their real height; the browser keeps what is on screen still,
  // moving the scroll position a little: where the page settles is where the manager is.
  await expect
    .poll(async () => {
      const y = await inbox.scrollY();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return (await inbox.scrollY()) === y;
    })
    .toBe(true);
  const scrolled = await inbox.scrollY();
  const title = await row.textContent();
  const searches = inbox.searches.length;

  await row.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  await page.goBack();
  await expect(page).toHaveURL(/\/recordings\?result=closed&sort=oldest$/);
  await expect(inbox.row(title ?? '')).toBeVisible();
  await expect.poll(() => inbox.scrollY()).toBeGreaterThan(scrolled - 5);
  expect(await inbox.scrollY()).toBeLessThan(scrolled + 5);

  // The recording page's own link does the same.
  await inbox.row(title ?? '').click();
  await inbox.backToRecordings.click();
  await expect(page).toHaveURL(/\/recordings\?result=closed&sort=oldest$/);
  await expect.poll(() => inbox.scrollY()).toBeGreaterThan(scrolled - 5);
  expect(inbox.searches).toHaveLength(searches);
});

test('Back to recordings opens the unfiltered inbox when the recording was opened from elsewhere', async ({ page, dashboard, inbox }) => {
  await dashboard.openRecording('3f2a9c4e-7b1d-4e8a-9c35-1d6e8f0a2b47');
  await inbox.backToRecordings.click();
  await expect(page).toHaveURL(/\/recordings$/);
  await inbox.expectRows(50);
});

test('keyboard: j and k move between rows, Enter opens, / goes to the search; off while typing, and switchable off', async ({
  page,
  inbox,
}) => {
  await inbox.open('?q=roof');
  await expect(inbox.rows.first()).toBeVisible();
  const links = inbox.list.getByRole('link');
  await page.locator('body').press('j');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(links.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(links.nth(1)).toBeFocused();

  await page.keyboard.press('/');
  await expect(inbox.searchField).toBeFocused();
  await page.keyboard.type('j');
  await expect(inbox.searchField).toHaveValue('roofj');
  await inbox.searchField.fill('roof');

  await page.getByRole('button', { name: 'Turn off keyboard shortcuts' }).click();
  await page.keyboard.press('j');
  await expect(links.nth(0)).not.toBeFocused();
  await page.getByRole('button', { name: 'Turn on keyboard shortcuts' }).click();

  await page.keyboard.press('j');
  const title = await links.nth(0).textContent();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recordings\/[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
});

test('a search that fails is explained with Retry; hits that cannot be read are counted', async ({ page, inbox }) => {
  await inbox.open('?q=fault-search-500');
  await expect(page.getByRole('heading', { name: 'The recordings could not be loaded' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();

  await inbox.open('?q=fault-search-broken');
  await expect(page.getByText('3 recordings could not be read and are not shown.')).toBeVisible();
  // A page of 50, plus the one broken hit that still has an id and a date, shown with its fallbacks.
  await inbox.expectRows(51);
});

test('a 401 asks to sign in, then comes back to the same inbox URL', async ({ page, dashboard, inbox }) => {
  await page.addInitScript(() => sessionStorage.setItem('siro.token', 'not-a-token'));
  await inbox.open('?outcome=NEGATIVE');
  await expect(dashboard.signInHeading).toBeVisible();
  await dashboard.signIn();
  await expect(page).toHaveURL(/\/recordings\?outcome=NEGATIVE$/);
  await expect(inbox.rows.first()).toBeVisible();
  expect(inbox.lastBody?.query.universalOutcomeLabels).toEqual(['NEGATIVE']);
});

test.describe('on a 390 px phone, as the boot script draws it', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first rows come before the app, and nothing moves when it takes over', async ({ page, inbox }) => {
    // Hold the app back, as a slow phone does, until the early paint has been measured.
    const release = await holdBackApp(page);
    await inbox.open('?outcome=POSITIVE');
    const early = page.locator('[data-early-paint]');
    const links = inbox.list.getByRole('link');
    await expect(early.getByRole('list', { name: 'Recordings' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' }), 'still the early paint: no header links yet').toHaveCount(0);
    const measure = async () => ({
      title: await roundedBox(page.getByRole('heading', { level: 1, name: 'Recordings' })),
      // The early paint's controls are inert look-alikes: found by their text and region.
      search: await roundedBox(page.getByText('Search recordings', { exact: true })),
      filters: await roundedBox(page.locator('section[aria-label="Filters"]')),
      count: await roundedBox(inbox.count),
      first: await roundedBox(links.first()),
      fifth: await roundedBox(links.nth(4)),
    });
    const before = await measure();
    const titles = await links.allTextContents();

    release();
    await expect(early).toHaveCount(0);
    await expect(inbox.filtersDisclosure).toHaveText('Filters (1)');
    expect(await measure()).toEqual(before);
    expect((await links.allTextContents()).slice(0, 5)).toEqual(titles.slice(0, 5));
    expect(inbox.searches, 'the app adopts the early search').toHaveLength(1);
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('rows are cards, the filters fold into a disclosure, nothing scrolls sideways, and axe finds nothing', async ({ page, inbox }) => {
    await inbox.open();
    await inbox.expectRows(50);
    await expect(inbox.picker('Rep')).toBeHidden();
    await inbox.filtersDisclosure.click();
    await expect(inbox.picker('Rep')).toBeVisible();
    await inbox.choose('Outcome', 'Negative');
    await expect(inbox.filtersDisclosure).toHaveText(/Filters \(1\)/);
    await expect(inbox.rows.first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  });
});

test('axe finds nothing on the wide inbox with a picker open, nor on its empty state', async ({ page, inbox }) => {
  await inbox.open();
  await inbox.expectRows(50);
  await inbox.picker('Result').click();
  let { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  await inbox.open('?q=zzzz-nothing');
  await expect(page.getByRole('heading', { name: 'No recordings match these filters' })).toBeVisible();
  ({ violations } = await new AxeBuilder({ page }).analyze());
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('a recording found in the inbox opens, generated ones included', async ({ page, inbox }) => {
  await inbox.open('?sort=oldest');
  const first = inbox.rows.first().getByRole('link');
  const title = await first.textContent();
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${recordingPath('b0a1').slice(0, -4)}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
});
