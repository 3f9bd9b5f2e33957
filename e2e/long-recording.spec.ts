import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';

import { COMPLETE_SALE_TRANSCRIPT } from '../sample-api/data/complete-sale-transcript';
import { BENCH_LARGE_RECORDING_ID, COMPLETE_SALE_RECORDING_ID, MANY_EXTRACTIONS_RECORDING_ID } from '../sample-api/ids';
import { expect, test, type DashboardPage } from './fixtures';

// Long recordings stay navigable (issue #10): long panels fold, the transcript on a phone is part
// of the page with its search pinned, and the pause button is always in reach.

/** A long panel's controls, found as a manager finds them. */
function longList(panel: Locator, plural: string) {
  return {
    filter: panel.getByRole('searchbox', { name: `Filter ${plural}` }),
    status: panel.getByRole('status'),
    showAll: (count: number | string) => panel.getByRole('button', { name: `Show all ${count} ${plural}` }),
    group: panel.getByRole('switch', { name: 'Group by status' }),
    items: panel.getByRole('article'),
  };
}

const panelButton = (dashboard: DashboardPage, name: string) =>
  dashboard.panel('Entity extractions').getByRole('button', { name, exact: true });

const lines = COMPLETE_SALE_TRANSCRIPT.utterances;
function lineWith(words: string) {
  const line = lines.find((candidate) => candidate.utterance.includes(words));
  if (!line) throw new Error(`No line holds "${words}"`);
  return { words, start: line.startTimeInMillis / 1_000 };
}

async function audioReady(dashboard: DashboardPage) {
  await expect.poll(async () => (await dashboard.audioState()).readyState, { message: 'audio metadata loaded' }).toBeGreaterThanOrEqual(1);
}

async function expectPlaying(dashboard: DashboardPage, playing: boolean) {
  await expect.poll(async () => !(await dashboard.audioState()).paused, { message: playing ? 'playing' : 'paused' }).toBe(playing);
}

/** How the transcript's lines scroll: `auto` in a box of their own, `visible` as part of the page. */
const transcriptOverflow = (dashboard: DashboardPage) =>
  dashboard
    .panel('Transcript')
    .getByRole('list', { name: 'Transcript lines' })
    .evaluate((list) => getComputedStyle(list.parentElement!).overflowY);

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test.describe('400 extractions', () => {
  test('show the first ten with a filter, Show all and grouping, kept in the URL; the page stays short', async ({ page, dashboard }) => {
    await dashboard.openRecording(MANY_EXTRACTIONS_RECORDING_ID);
    await dashboard.showPanels();
    const list = longList(dashboard.panel('Entity extractions'), 'extractions');
    await expect(list.items).toHaveCount(10);
    await expect(list.status).toHaveText('Showing 10 of 400 extractions.');
    // Once about 50,000 px: now the transcript is a few screens down.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(12_000);

    await list.filter.fill('failed');
    await expect(list.status).toHaveText('10 of 400 extractions match.');
    await expect(page).toHaveURL(/extractionsFilter=failed/);
    await list.filter.fill('');
    await expect(list.status).toHaveText('Showing 10 of 400 extractions.');

    await list.group.click();
    await expect(dashboard.panel('Entity extractions').getByRole('region', { name: 'Failed' })).toContainText('Failed · 10');
    await list.showAll(400).click();
    await expect(list.items).toHaveCount(400);
    await expect(dashboard.panel('Entity extractions').getByRole('region', { name: 'Extracted' })).toContainText('Extracted · 383');
    await expect(dashboard.panel('Entity extractions').getByRole('region', { name: 'Synced to CRM' })).toContainText('Synced to CRM · 7');

    // Folded from its end, the list leaves its button in view; Back unfolds, Back again folds.
    await panelButton(dashboard, 'Show the first 10').click();
    await expect(list.items).toHaveCount(10);
    await expect(list.showAll(400)).toBeInViewport();
    await page.goBack();
    await expect(list.items).toHaveCount(400);
    await page.goBack();
    await expect(list.items).toHaveCount(10);
    // A reload keeps the grouping from the URL.

    await page.reload();
    await dashboard.showPanels('Entity extractions');
    await expect(list.group).toHaveAttribute('aria-checked', 'true');
    await expect(list.items.first()).toContainText('Failed');
  });

  test('export every extraction, whatever the filter shows', async ({ page, dashboard }) => {
    await dashboard.openRecording(MANY_EXTRACTIONS_RECORDING_ID);
    await dashboard.showPanels();
    const list = longList(dashboard.panel('Entity extractions'), 'extractions');
    await list.filter.fill('failed');
    await expect(list.status).toHaveText('10 of 400 extractions match.');

    const csv = page.waitForEvent('download');
    await dashboard.shareButton('Export CSV').click();
    const rows = (await readFile((await (await csv).path())!, 'utf8')).trim().split('\r\n');
    expect(rows).toHaveLength(401);
    expect(rows.at(-1)).toContain('Site_Survey_0400__c');

    const json = page.waitForEvent('download');
    await dashboard.shareButton('Export JSON').click();
    const recording = JSON.parse(await readFile((await (await json).path())!, 'utf8')) as { entityExtractions: unknown[] };
    expect(recording.entityExtractions).toHaveLength(400);
  });

  test('print every extraction, and fold again after', async ({ page, dashboard }) => {
    await dashboard.openRecording(MANY_EXTRACTIONS_RECORDING_ID);
    await dashboard.showPanels();
    const list = longList(dashboard.panel('Entity extractions'), 'extractions');
    await list.filter.fill('failed');
    await expect(list.items).toHaveCount(10);

    await page.emulateMedia({ media: 'print' });
    await expect(list.items).toHaveCount(400);
    await expect(list.filter).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(list.items).toHaveCount(10);
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('2,000 extractions and 300 opportunities fold; the transcript is one tap away', async ({ page, dashboard }) => {
    await dashboard.openRecording(BENCH_LARGE_RECORDING_ID);
    await dashboard.showPanels();
    const extractions = longList(dashboard.panel('Entity extractions'), 'extractions');
    const opportunities = longList(dashboard.panel('Opportunities'), 'opportunities');
    await expect(extractions.items).toHaveCount(10);
    await expect(extractions.showAll('2,000')).toBeVisible();
    await expect(opportunities.showAll(300)).toBeVisible();
    const showAll = await opportunities.showAll(300).boundingBox();
    expect(showAll!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await extractions.group.tap();
    await expect(dashboard.panel('Entity extractions').getByRole('region', { name: 'Failed' })).toBeVisible();
    await extractions.filter.fill('roof');
    await expect(extractions.status).toContainText('match');
    const { violations } = await new AxeBuilder({ page }).include('#extractions').include('#opportunities').analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await dashboard.sections.getByRole('link', { name: 'Transcript' }).tap();
    await expect(dashboard.panel('Transcript').getByRole('heading', { name: 'Transcript' })).toBeInViewport();
  });

  test('the transcript is part of the page, its search pinned while it is on screen; follow-along scrolls the page', async ({
    page,
    dashboard,
  }) => {
    const early = lineWith('We bought it in 2009');
    const later = lineWith('The ladder is in the garage');
    const last = lineWith('I have mine on the truck');
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await dashboard.scrollToConversation();
    await audioReady(dashboard);
    expect(await transcriptOverflow(dashboard)).toBe('visible');

    // A tap on a line plays from there.
    await dashboard.transcriptLine(early.words).tap();
    await expectPlaying(dashboard, true);
    await expect(dashboard.transcriptLine(early.words)).toHaveAttribute('aria-current', 'true');

    // The page follows the line being heard, below the pinned search bar, above the pinned player.
    await dashboard.setAudioTime(later.start + 0.5);
    const line = dashboard.transcriptLine(later.words);
    await expect(line).toHaveAttribute('aria-current', 'true');
    await expect(line).toBeInViewport();
    await expect(dashboard.transcriptSearch).toBeInViewport();
    await expect(dashboard.miniPlayer).toContainText(later.words);
    const search = (await dashboard.transcriptSearch.boundingBox())!;
    const heard = (await line.boundingBox())!;
    const bar = (await dashboard.miniPlayer.boundingBox())!;
    expect(search.y).toBeLessThan(60);
    expect(heard.y).toBeGreaterThanOrEqual(search.y + search.height);
    expect(heard.y + heard.height).toBeLessThanOrEqual(bar.y);

    // Scrolling the page by hand stops it following, until Follow along (in the pinned bar).
    await page.mouse.wheel(0, -600);
    await expect(dashboard.followAlongButton).toBeInViewport();
    await dashboard.setAudioTime(last.start + 0.5);
    await expect(dashboard.transcriptLine(last.words)).toHaveAttribute('aria-current', 'true');
    await expect(dashboard.transcriptLine(last.words)).not.toBeInViewport();
    await dashboard.followAlongButton.tap();
    await expect(dashboard.transcriptLine(last.words)).toBeInViewport();

    // Above the transcript, its search bar is not pinned.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(dashboard.transcriptSearch).not.toBeInViewport();
    await expect(dashboard.miniPlayer.getByRole('button', { name: 'Pause' })).toBeInViewport();
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the transcript keeps its own scroll box; the pinned player is slim, opaque, and leaves the Transcript heading clear', async ({
    page,
    dashboard,
  }) => {
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await dashboard.quoteButton('0:28').click();
    await expectPlaying(dashboard, true);
    const heading = dashboard.panel('Transcript').getByRole('heading', { name: 'Transcript' });
    // Panels above load as the page passes them and may push it down: the manager taps again.
    await expect(async () => {
      await dashboard.sections.getByRole('link', { name: 'Transcript' }).click();
      await expect(heading).toBeInViewport({ timeout: 1_000 });
    }).toPass();
    await expect(dashboard.miniPlayer).toBeInViewport();
    expect(await transcriptOverflow(dashboard)).toBe('auto');

    const bar = (await dashboard.miniPlayer.boundingBox())!;
    const title = (await heading.boundingBox())!;
    expect(bar.height).toBeLessThanOrEqual(72);
    expect(title.y + title.height <= bar.y || title.y >= bar.y + bar.height).toBe(true);
    expect(await dashboard.miniPlayer.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');

    // Touch targets: a quote, the seek bar and Turn off at least 44×24.
    for (const target of [
      dashboard.quoteButton('0:28'),
      dashboard.audioPlayer.getByRole('button', { name: 'Turn off keyboard shortcuts' }),
    ]) {
      await target.scrollIntoViewIfNeeded();
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect((await dashboard.seekSlider.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await page.mouse.move(0, 0);
  });

  for (const [what, id] of [
    ['its signed URL answers an error', 'fault-audio-url-error'],
    ['storage has no such file', 'fault-audio-404'],
  ] as const) {
    test(`no player is pinned when ${what}`, async ({ page, dashboard }) => {
      await dashboard.openRecording(id);
      await dashboard.quoteButton('0:28').click();
      await dashboard.scrollToConversation();
      await expect(dashboard.audioPlayer.getByRole('status').filter({ hasText: /could not|unavailable/ })).toBeVisible();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(dashboard.miniPlayer).toHaveCount(0);
    });
  }
});
