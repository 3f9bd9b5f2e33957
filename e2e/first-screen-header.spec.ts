import AxeBuilder from '@axe-core/playwright';

import { CUSTOMER, ID, TITLE } from './complete-sale';
import { expect, test } from './fixtures';

// What a manager learns from the header on a phone and on a laptop, and where the controls are.

for (const viewport of [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ dashboard }) => {
      await dashboard.presetToken();
      await dashboard.openRecording(ID);
      await expect(dashboard.heading).toHaveText(TITLE);
    });

    test('the header says who, with whom, how it went, when and how long, on the first screen', async ({ page, dashboard }) => {
      const header = dashboard.recordingHeader;
      for (const term of ['Rep', 'Customer', 'Deal']) await expect(header.getByText(term, { exact: true })).toBeVisible();
      await expect(header).toContainText(CUSTOMER);
      await expect(header).toContainText('Outcome:');
      await expect(header).toContainText(/\$18,450/);
      await expect(header).toContainText('Transcribed and processed');
      await expect(header).not.toContainText('Transcription:');
      const box = await header.boundingBox();
      expect(box!.y + box!.height, 'all of it above the fold').toBeLessThanOrEqual(viewport.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test('Customize view sits at the top, holds the switches, and keeps them in the URL', async ({ page, dashboard }) => {
      await expect(dashboard.toggle('Summary'), 'closed until asked').toBeHidden();
      // Polled: while the boot paint gives way to React, either box can be between two elements.
      await expect
        .poll(async () => {
          const customize = await dashboard.customizeView.boundingBox();
          const summary = await dashboard.panel('Summary').boundingBox();
          return customize && summary ? customize.y < summary.y : 'not drawn';
        })
        .toBe(true);
      const customizeY = (await dashboard.customizeView.boundingBox())!.y;

      await dashboard.customize();
      for (const name of [
        'Summary',
        'CRM customer',
        'Opportunities',
        'Entity extractions',
        'Score',
        'Follow-ups',
        'Transcript',
        'Ask Siro',
        'Comments',
      ] as const) {
        await expect(dashboard.toggle(name)).toBeChecked();
      }
      await dashboard.toggle('Summary').click();
      await expect(page).toHaveURL(/showSummary=false/);
      await expect(dashboard.panel('Summary')).toHaveCount(0);
      await expect(dashboard.audioPlayer, 'the player does not go with the summary').toBeVisible();
      expect((await dashboard.customizeView.boundingBox())!.y, 'the control stays put').toBe(customizeY);
      expect(await new AxeBuilder({ page }).analyze().then((result) => result.violations.map((violation) => violation.id))).toEqual([]);
    });

    test('the section navigation takes a tap to any panel', async ({ page, dashboard }) => {
      const links = dashboard.sections.getByRole('link');
      await expect(links).toHaveText([
        'Summary',
        'Customer',
        'Score',
        'Opportunities',
        'Extractions',
        'Follow-ups',
        'Moments',
        'Talk',
        'Ask Siro',
        'Comments',
        'Transcript',
      ]);
      await links.filter({ hasText: 'Follow-ups' }).click();
      await expect(page).toHaveURL(/#follow-ups$/);
      await expect(dashboard.panel('Follow-ups')).toBeInViewport();
    });
  });
}
