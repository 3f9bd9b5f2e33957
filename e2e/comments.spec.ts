import AxeBuilder from '@axe-core/playwright';
import type { Request } from '@playwright/test';

import { READ_ONLY_TOKEN } from '../sample-api/auth';
import { COMMENT_FAULTS } from '../sample-api/comments';
import {
  COMPLETE_SALE_RECORDING_ID,
  FRENCH_NEUTRAL_RECORDING_ID,
  NO_CRM_MATCH_RECORDING_ID,
  SPANISH_RECORDING_ID,
  VALUE_KINDS_RECORDING_ID,
} from '../sample-api/ids';
import { expect, test, type DashboardPage } from './fixtures';

/** Words no earlier run of the suite left behind in the sample state. */
const unique = (words: string) => `${words} (${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)})`;

function watchPosts(dashboard: DashboardPage) {
  const posts: Request[] = [];
  dashboard.page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/comments')) posts.push(request);
  });
  return posts;
}

async function audioReady(dashboard: DashboardPage) {
  await dashboard.audioPlayer.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await dashboard.audioState()).readyState, { message: 'audio metadata loaded' }).toBeGreaterThanOrEqual(1);
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('a comment posted at the current time shows as a marker and in the panel, after a reload too; reply, edit, delete', async ({
  dashboard,
  page,
}) => {
  test.slow();
  const text = unique('Check the superheat here');
  await dashboard.openRecording(VALUE_KINDS_RECORDING_ID);
  await audioReady(dashboard);
  await dashboard.setAudioTime(921.5);
  await expect(dashboard.seekSlider).toHaveAttribute('aria-valuetext', /^15:21 of/);

  await dashboard.scrollToComments();
  await dashboard.addCommentButton.click();
  await expect(dashboard.panel('Comments')).toContainText('At 15:21, the current playback time');
  await dashboard.commentField.fill(text);
  await dashboard.postButton.click();
  await expect(dashboard.commentThread(text)).toBeVisible();
  await expect(dashboard.seekMarker('Comment by Dana Ruiz at 15:21')).toBeVisible();

  await page.reload();
  await dashboard.scrollToComments();
  const thread = dashboard.commentThread(text);
  await expect(thread).toContainText('You');
  await audioReady(dashboard);
  await dashboard.setAudioTime(0);
  await dashboard.seekMarker('Comment by Dana Ruiz at 15:21').click();
  await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(921.5, 0);

  await thread.getByRole('button', { name: 'Reply' }).click();
  await thread.getByLabel('Reply').fill('And ask for the maintenance plan');
  await thread.getByRole('button', { name: 'Post reply' }).click();
  await expect(thread).toContainText('And ask for the maintenance plan');

  await thread.getByRole('button', { name: 'Edit' }).first().click();
  await thread.getByLabel('Edit comment').fill(`${text}, please`);
  await thread.getByRole('button', { name: 'Save' }).click();
  await expect(thread).toContainText(`${text}, please`);
  await page.reload();
  await dashboard.scrollToComments();
  await expect(dashboard.commentThread(`${text}, please`)).toContainText('And ask for the maintenance plan');

  const edited = dashboard.commentThread(`${text}, please`);
  await edited.getByRole('button', { name: 'Delete' }).last().click();
  await edited.getByRole('button', { name: 'Delete comment' }).click();
  await expect(edited).not.toContainText('And ask for the maintenance plan');
  await edited.getByRole('button', { name: 'Delete' }).click();
  await edited.getByRole('button', { name: 'Delete comment' }).click();
  await expect(dashboard.commentThread(text)).toHaveCount(0);
  await page.reload();
  await dashboard.scrollToComments();
  await expect(dashboard.panel('Comments')).toContainText('No comments yet');
  await expect(dashboard.seekMarker('Comment by Dana Ruiz at 15:21')).toHaveCount(0);
});

test('a failed post keeps the draft and, posted again, makes exactly one comment', async ({ dashboard, page }) => {
  const posts = watchPosts(dashboard);
  const failing = unique(`Slow down here ${COMMENT_FAULTS.failOnce}`);
  await dashboard.openRecording(NO_CRM_MATCH_RECORDING_ID);
  await dashboard.scrollToComments();
  await dashboard.addCommentButton.click();
  await dashboard.commentField.fill(failing);
  await dashboard.postButton.click();
  await expect(dashboard.panel('Comments').getByRole('alert')).toContainText('may not have been posted');
  await expect(dashboard.commentField).toHaveValue(failing);
  await expect(dashboard.commentThread(failing)).toHaveCount(0);
  await dashboard.postButton.click();
  await expect(dashboard.commentThread(failing)).toHaveCount(1);
  // The comment shows as soon as it is sent (optimistic): its request may be a moment behind.
  await expect.poll(() => posts.length).toBe(2);

  // The answer is lost though the comment was saved: posting again finds it and sends nothing.
  const dropped = unique(`Good proof ${COMMENT_FAULTS.dropOnce}`);
  await dashboard.addCommentButton.click();
  await dashboard.commentField.fill(dropped);
  await dashboard.postButton.click();
  await expect(dashboard.panel('Comments').getByRole('alert')).toContainText('may not have been posted');
  await expect(dashboard.commentField).toHaveValue(dropped);
  await dashboard.postButton.click();
  await expect(dashboard.commentField).toHaveCount(0);
  expect(posts).toHaveLength(3);
  await page.reload();
  await dashboard.scrollToComments();
  await expect(dashboard.commentThread(dropped)).toHaveCount(1);
  await expect(dashboard.commentThread(failing)).toHaveCount(1);
});

test('a slow post shows at once as sending, and the Post button cannot send it twice', async ({ dashboard }) => {
  const posts = watchPosts(dashboard);
  const text = unique(`Patience ${COMMENT_FAULTS.slow}`);
  await dashboard.openRecording(NO_CRM_MATCH_RECORDING_ID);
  await dashboard.scrollToComments();
  await dashboard.addCommentButton.click();
  await dashboard.commentField.fill(text);
  await dashboard.postButton.click();
  await expect(dashboard.commentThread(text)).toContainText('Sending…');
  await expect(dashboard.panel('Comments').getByRole('button', { name: 'Posting…' })).toBeDisabled();
  await expect(dashboard.commentThread(text)).not.toContainText('Sending…');
  expect(posts).toHaveLength(1);
});

test('a read-only token reads the comments but is told it cannot comment; the draft stays', async ({ page, dashboard }) => {
  await page.addInitScript((token) => sessionStorage.setItem('siro.token', token), READ_ONLY_TOKEN);
  await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
  await dashboard.scrollToComments();
  await expect(dashboard.commentThread('Good open question')).toContainText('Marcus Bell');
  await dashboard.addCommentButton.click();
  await dashboard.commentField.fill('Not allowed');
  await dashboard.postButton.click();
  await expect(dashboard.panel('Comments').getByRole('alert')).toContainText('This token can read but not comment');
  await expect(dashboard.commentField).toHaveValue('Not allowed');
});

test('a hostile comment stays inert text', async ({ page, dashboard }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = unique(`<img src=x onerror="alert(1)"> javascript:alert(2) https://ok.example/a ${'W'.repeat(400)} שלום \u202Eevil`);
  await dashboard.openRecording(FRENCH_NEUTRAL_RECORDING_ID);
  await dashboard.scrollToComments();
  await dashboard.addCommentButton.click();
  await dashboard.commentField.fill(hostile);
  await dashboard.postButton.click();
  await page.reload();
  await dashboard.scrollToComments();
  const thread = dashboard.commentThread('<img src=x onerror="alert(1)">');
  await expect(thread).toBeVisible();
  await expect(thread.getByRole('img')).toHaveCount(0);
  const links = thread.getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://ok.example/a');
  await expect(links).toHaveAttribute('rel', 'noopener noreferrer');
  expect(dialogs).toEqual([]);
});

test.describe('on a 375 px phone, with the keyboard', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('comments on a transcript line by keyboard; the page fits the width and axe finds nothing', async ({ page, dashboard }) => {
    test.slow();
    const text = unique('Nice R-22 explanation');
    await dashboard.openRecording(SPANISH_RECORDING_ID);
    await dashboard.scrollToComments();
    await expect(dashboard.commentThread('Buena explicación')).toBeVisible();
    await dashboard.scrollToConversation();
    const lineButton = dashboard.panel('Transcript').getByRole('button', { name: 'Comment on the line at 0:23' });
    await lineButton.focus();
    await page.keyboard.press('Enter');
    await expect(dashboard.commentField).toBeFocused();
    await expect(dashboard.panel('Comments')).toContainText('On the line at 0:23');
    await page.keyboard.type(text);
    await dashboard.tabTo(dashboard.postButton);
    await page.keyboard.press('Enter');
    await expect(dashboard.commentThread(text)).toBeVisible();
    await expect(dashboard.panel('Transcript').getByRole('button', { name: 'Comment by Dana Ruiz at 0:23' })).toBeVisible();

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await dashboard.addCommentButton.click();
    await expect(dashboard.audioButton('Play')).toBeEnabled();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.map((violation) => ({ rule: violation.id, nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')) })),
    ).toEqual([]);
  });
});
