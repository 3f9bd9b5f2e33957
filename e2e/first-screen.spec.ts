import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { expect, holdBackApp, recordingPath, roundedBox, test } from './fixtures';

// The boot script draws the first screen (header, section navigation, Customize view, summary)
// before the app has loaded, then React replaces it: with real CSS, in a phone's width, nothing
// on the first screen moves.

test.use({ viewport: { width: 390, height: 844 } });

test('the first screen does not move when the app takes over from the early paint', async ({ page, dashboard }) => {
  await dashboard.presetToken();
  // Hold the app back, as a slow phone does, until the early paint has been measured.
  const release = await holdBackApp(page);
  await page.goto(recordingPath(COMPLETE_SALE_RECORDING_ID));

  const title = dashboard.heading;
  const summaryHeading = page.getByRole('heading', { level: 2, name: 'Summary' });
  const firstPoint = page.getByText('Roof is about 19 years old', { exact: false });
  const quote = page.getByText('We bought it in 2009', { exact: false });
  const rep = dashboard.recordingHeader.getByText('Rep', { exact: true });
  await expect(firstPoint).toBeVisible();
  await expect(dashboard.sections.getByRole('link', { name: 'Transcript' }), 'the section navigation works before the app').toBeVisible();
  await expect(dashboard.audioPlayer, 'still the early paint: no player panel yet').toHaveCount(0);
  const measure = async () => ({
    title: await roundedBox(title),
    rep: await roundedBox(rep),
    sections: await roundedBox(dashboard.sections),
    customize: await roundedBox(dashboard.customizeView),
    summary: await roundedBox(summaryHeading),
    point: await roundedBox(firstPoint),
    quote: await roundedBox(quote),
  });
  const early = await measure();

  release();
  await expect(dashboard.audioPlayer, "React's page").toBeAttached();
  await expect(page.locator('[data-early-paint]'), 'React cleared the early paint').toHaveCount(0);
  const final = await measure();

  expect(final).toEqual(early);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
