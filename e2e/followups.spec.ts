import AxeBuilder from '@axe-core/playwright';

import { test as base, expect } from './fixtures';
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
  const panel = dashboard.panel('Follow-ups');
  await expect(followups.work(panel).status).toHaveValue('IN_PROGRESS');
  await expect(followups.work(panel).star).toHaveAttribute('aria-pressed', starred);
  await expect(panel).toContainText(note);
  await expect(panel.getByRole('link', { name: 'https://example.com/quote' }).first()).toHaveAttribute('rel', 'noopener noreferrer');
  await page.reload();
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

test('a note being typed outlives its row scrolled far out of the drawn list; a print shows every loaded row', async ({
  page,
  dashboard,
  followups,
}) => {
  await dashboard.presetToken();
  await followups.open();
  const title = (await followups.rows.first().getByRole('heading', { level: 2 }).textContent())!;
  const row = followups.rows.filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
  const work = followups.work(row);
  await work.note.fill('Half a thought');
  // A focused row is kept drawn: this one is left first.
  await work.note.blur();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(row).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(work.note).toHaveValue('Half a thought');

  const loaded = Number(await followups.rows.first().getAttribute('aria-setsize'));
  expect(await followups.rows.count()).toBeLessThan(loaded);
  await page.emulateMedia({ media: 'print' });
  await expect(followups.rows).toHaveCount(loaded);
  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => followups.rows.count()).toBeLessThan(loaded);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the queue fits the width and axe finds nothing', async ({ page, dashboard, followups }) => {
    await dashboard.presetToken();
    await followups.open();
    await expect(followups.rows.first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});
