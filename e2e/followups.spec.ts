import AxeBuilder from '@axe-core/playwright';

import { test as base, expect, holdBackApp, roundedBox } from './fixtures';
import { FollowupsPage } from './followups-page';

const test = base.extend<{ followups: FollowupsPage }>({
  followups: async ({ page }, provide) => provide(new FollowupsPage(page)),
});

const READ_ONLY_TOKEN = 'siro-read-only-token';
/** A generated door knock (sample-api/data/followup-recordings.ts), touched by no other spec. */
const DOOR_KNOCK_ID = 'f0110000-0000-4000-8000-000000000002';

test('filter the queue, work a follow-up, and find it so on its recording, after a reload too', async ({ page, dashboard, followups }) => {
  await dashboard.presetToken();
  await followups.open();
  await expect(followups.rows.first()).toBeVisible();
  await expect(followups.total).toContainText('potential revenue $');

  await followups.filter('Type').click();
  await followups.option('Rehash').check();
  await page.keyboard.press('Escape');
  await followups.filter('Status').click();
  await followups.option('To do').check();
  await page.keyboard.press('Escape');
  await followups.minimumScore.selectOption('4');
  await expect(page).toHaveURL(/status=TO_DO/);
  await expect(page).toHaveURL(/type=REHASH/);
  await expect(page).toHaveURL(/minScore=4/);
  await expect(followups.updating).toHaveCount(0);
  const first = followups.rows.first();
  await expect(first).toContainText('Rehash');
  await expect(first).toContainText('To do');

  const link = first.getByRole('link').first();
  const href = await link.getAttribute('href');
  // Held by its link: once worked, the filtered list reloads and another row may come first.
  const row = followups.rows.filter({ has: page.getByRole('link', { name: (await link.textContent())!, exact: true }) });
  const work = followups.work(row);
  const note = `Call back Tuesday ${Date.now()} https://example.com/quote`;
  const starred = (await work.star.getAttribute('aria-pressed')) === 'true' ? 'false' : 'true';
  await work.star.click();
  await expect(work.star).toHaveAttribute('aria-pressed', starred);
  await work.note.fill(note);
  await work.addNote.click();
  await expect(work.note).toHaveValue('');
  await expect(work.star).toHaveAttribute('aria-pressed', starred);
  // Leaving the page before Siro has the change would cancel it: go once it is saved, as a person would.
  const statusSaved = page.waitForResponse(
    (response) => response.request().method() === 'PATCH' && (response.request().postData() ?? '').includes('IN_PROGRESS'),
  );
  await work.status.selectOption('IN_PROGRESS');
  expect((await statusSaved).ok()).toBe(true);

  await page.goto(href!);
  await dashboard.showPanels();
  const panel = dashboard.panel('Follow-ups');
  await expect(followups.work(panel).status).toHaveValue('IN_PROGRESS');
  await expect(followups.work(panel).star).toHaveAttribute('aria-pressed', starred);
  await expect(panel).toContainText(note);
  await expect(panel.getByRole('link', { name: 'https://example.com/quote' }).first()).toHaveAttribute('rel', 'noopener noreferrer');
  await page.reload();
  await dashboard.showPanels('Follow-ups');
  await expect(followups.work(panel).status).toHaveValue('IN_PROGRESS');
  await expect(panel).toContainText(note);
});

test("the Conversation type choices are the organisation's, and one filters the queue's request", async ({
  page,
  dashboard,
  followups,
}) => {
  await dashboard.presetToken();
  const configurations = page.waitForRequest(/\/v1\/core\/conversation-configurations\?/);
  await followups.open();
  expect(new URL((await configurations).url()).searchParams.get('organizationId')).toBeTruthy();
  await followups.filter('Conversation type').click();
  // Only Siro's configuration names it so.
  const asked = page.waitForRequest((request) => new URL(request.url()).searchParams.get('conversationTypes') === 'Virtual consultation');
  await followups.option('Virtual consultation (video)').check();
  await asked;
  await expect(page).toHaveURL(/conversationType=Virtual\+consultation/);
});

test('correct an outcome: the header shows the new label, edited by a person, after a reload too', async ({
  page,
  dashboard,
  followups,
}) => {
  await dashboard.presetToken();
  await dashboard.openRecording(DOOR_KNOCK_ID);
  const outcome = (label: string) => dashboard.main.getByText(label, { exact: true });
  await expect(outcome('Positive')).toBeVisible();
  const edited = dashboard.main.getByText('Edited by a person');
  await expect(edited).toBeHidden();
  await followups.changeOutcome.click();
  await followups.outcomeChoice('Not interested').check();
  await followups.saveOutcome.click();
  await expect(outcome('Negative')).toBeVisible();
  await expect(edited).toBeVisible();
  // After a reload the recording document says so, without opening the editor.
  const outcomesAsked = page.waitForRequest(/\/outcomes$/, { timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  await page.reload();
  await expect(outcome('Negative')).toBeVisible();
  await expect(edited).toBeVisible();
  expect(await outcomesAsked).toBe(false);
});

test('a failing write rolls back with a message', async ({ page, dashboard, followups }) => {
  await dashboard.presetToken();
  await dashboard.openRecording('fault-write-500');
  await dashboard.showPanels();
  const work = followups.work(dashboard.panel('Follow-ups'));
  const starredBefore = await work.star.getAttribute('aria-pressed');
  await work.star.click();
  await expect(work.alert).toContainText('Not saved');
  await expect(work.star).toHaveAttribute('aria-pressed', starredBefore!);

  await followups.changeOutcome.click();
  await followups.outcomeChoice('Lost – price').check();
  await followups.saveOutcome.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' }).last()).toBeVisible();
  await expect(dashboard.main.getByText('Positive', { exact: true })).toBeVisible();
});

test('a read-only token is told it cannot write, and keeps the typed note', async ({ dashboard, followups }) => {
  await dashboard.presetToken(READ_ONLY_TOKEN);
  await followups.open();
  const work = followups.work(followups.rows.first());
  await work.note.fill('Keep this');
  await work.addNote.click();
  await expect(work.alert).toContainText('this token can read but not write');
  await expect(work.note).toHaveValue('Keep this');
});

test('a note being typed outlives its row scrolled far out of view; a print shows every loaded row', async ({
  page,
  dashboard,
  followups,
}) => {
  await dashboard.presetToken();
  await followups.open();
  // Rows stay in the page, in their place. The 11th: the list always lays its first block of ten out.
  const row = followups.rows.nth(10);
  const work = followups.work(row);
  // Whether the browser lays the row's card out, or skips it as far off screen.
  const drawn = (locator: typeof row) =>
    locator.locator('article').evaluate((card) => card.checkVisibility({ contentVisibilityAuto: true }));
  await work.note.fill('Half a thought');
  // Left for the top of the page: a row holding the focus or the selection is kept drawn.
  await page.getByRole('heading', { level: 1, name: 'Follow-ups' }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => drawn(row)).toBe(false);
  await row.scrollIntoViewIfNeeded();
  await expect(work.note).toHaveValue('Half a thought');

  // Every loaded row is in the page; the far ones are skipped on screen and drawn on paper.
  await expect.poll(() => followups.rows.count()).toBeGreaterThan(10);
  const last = followups.rows.last();
  await expect.poll(() => drawn(last)).toBe(false);
  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => drawn(last)).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => drawn(last)).toBe(false);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the queue fits the width and axe finds nothing', async ({ page, dashboard, followups }) => {
    await dashboard.presetToken();
    await followups.open();
    await expect(followups.rows.first()).toBeVisible();
    // The app's page, not the boot script's copy lying over it until React's rows are measured.
    await expect(page.locator('[data-early-paint]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});

test.describe('on a 390 px phone, as the boot script draws it', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first rows come before the app, and nothing moves when it takes over', async ({ page, dashboard, followups }) => {
    const lists: string[] = [];
    page.on('request', (request) => {
      if (/\/v1\/core\/followups\?/.test(request.url()) && request.method() === 'GET') lists.push(request.url());
    });
    // Hold the app back, as a slow phone does, until the early paint has been measured.
    const release = await holdBackApp(page);
    await dashboard.presetToken();
    await followups.open('?status=TO_DO&status=IN_PROGRESS');
    const early = page.locator('[data-early-paint]');
    const cards = followups.list.locator('article');
    await expect(early.getByRole('list', { name: 'Follow-ups' }).getByRole('link').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' }), 'still the early paint: no header links yet').toHaveCount(0);
    const measure = async () => ({
      title: await roundedBox(page.getByRole('heading', { level: 1, name: 'Follow-ups' })),
      total: await roundedBox(followups.total),
      filters: await roundedBox(page.locator('section[aria-label="Filters"]')),
      first: await roundedBox(cards.first()),
      second: await roundedBox(cards.nth(1)),
      status: await roundedBox(cards.first().locator('select')),
      star: await roundedBox(cards.first().getByRole('button', { name: 'Star' })),
      note: await roundedBox(cards.first().locator('textarea')),
    });
    const before = await measure();
    const titles = await followups.list.getByRole('link').allTextContents();
    const chosen = () =>
      cards
        .locator('select')
        .evaluateAll((selects) => selects.slice(0, 3).map((select) => (select as HTMLSelectElement).selectedOptions[0]?.text));
    const statuses = await chosen();
    // Typing before the app has come is not possible: the early note box is inert.
    expect(
      await cards
        .first()
        .locator('textarea')
        .evaluate((textarea) => textarea.closest('[inert]') !== null),
    ).toBe(true);

    // Where React's rows are as the copy goes, before the browser paints again: no frame of rows at an estimated height.
    await page.evaluate(() => {
      const paint = document.querySelector('[data-early-paint]');
      new MutationObserver((_, observer) => {
        if (paint?.isConnected) return;
        observer.disconnect();
        const rows = [...document.querySelectorAll('[aria-label="Follow-ups"] article')].slice(0, 2);
        Reflect.set(
          window,
          'handedOver',
          rows.map((row) => Math.round(row.getBoundingClientRect().y)),
        );
      }).observe(document.body, { childList: true });
    });
    release();
    await expect(early).toHaveCount(0);
    await expect(followups.work(cards.first()).note).toBeEditable();
    expect(await page.evaluate(() => Reflect.get(window, 'handedOver'))).toEqual([before.first.y, before.second.y]);
    expect(await measure()).toEqual(before);
    const after = await followups.list.getByRole('link').allTextContents();
    expect(after.slice(0, 3)).toEqual(titles.slice(0, 3));
    expect(await chosen(), 'each status as the app shows it').toEqual(statuses);
    expect(lists, 'the app adopts the early request').toHaveLength(1);
  });
});
