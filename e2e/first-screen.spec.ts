import type { Locator } from '@playwright/test';

import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { expect, test } from './fixtures';

// The boot script draws the first screen (header, section navigation, Customize view, summary)
// before the app has loaded, then React replaces it: with real CSS, in a phone's width, nothing
// on the first screen moves.

test.use({ viewport: { width: 390, height: 844 } });

const box = async (locator: Locator) => {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error(`${locator} has no box`);
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
};

test('the first screen does not move when the app takes over from the early paint', async ({ page, dashboard }) => {
  await dashboard.presetToken();
  // Hold the app back, as a slow phone does, until the early paint has been measured.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);

  const title = dashboard.heading;
  const summaryHeading = page.getByRole('heading', { level: 2, name: 'Summary' });
  const firstPoint = page.getByText('Roof is about 19 years old', { exact: false });
  const quote = page.getByText('We bought it in 2009', { exact: false });
  const rep = dashboard.recordingHeader.getByText('Rep', { exact: true });
  await expect(firstPoint).toBeVisible();
  await expect(dashboard.sections.getByRole('link', { name: 'Transcript' }), 'the section navigation works before the app').toBeVisible();
  await expect(dashboard.shareButton('Copy link'), 'still the early paint: no share actions yet').toHaveCount(0);
  const measure = async () => ({
    title: await box(title),
    rep: await box(rep),
    sections: await box(dashboard.sections),
    customize: await box(dashboard.customizeView),
    summary: await box(summaryHeading),
    point: await box(firstPoint),
    quote: await box(quote),
  });
  const early = await measure();

  release();
  await expect(dashboard.shareButton('Copy link'), "React's page").toBeVisible();
  const final = await measure();

  expect(final).toEqual(early);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
