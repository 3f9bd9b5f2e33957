import type { Page } from '@playwright/test';

import { DELETED_RECORDING_ID } from '../sample-api/ids';
import { CUSTOMER, ID, TITLE } from './complete-sale';
import { expect, recordingPath, test } from './fixtures';

// The defects of the recording page a manager met on a phone and on a laptop, each checked as
// the browser draws it: focus rings, one duration, print, the home form, a deleted recording.

type StopsWindow = Window & { stops?: Element[] };

/**
 * The focused element, named, and what is wrong with its focus ring ('' when nothing); `again`
 * when the walk met it before (a native player's own stops keep it focused).
 */
function focusRingProblem() {
  const element = document.activeElement;
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const stops = ((window as StopsWindow).stops ??= []);
  const again = stops.includes(element);
  if (!again) stops.push(element);
  const words = element.getAttribute('aria-label') || element.title || element.textContent?.trim() || element.outerHTML;
  const name = `${element.tagName.toLowerCase()} "${words.slice(0, 60)}"`;
  const style = getComputedStyle(element);
  const width = parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || style.outlineStyle === 'auto' || width < 2) {
    return { name, again, first: stops[0] === element, problem: `no clear ring: ${style.outlineStyle} ${style.outlineWidth}` };
  }
  // A ring drawn outside the element is cut off by any box that clips it (a scroll box).
  const reach = Math.max(0, width + parseFloat(style.outlineOffset));
  const rect = element.getBoundingClientRect();
  for (let box = element.parentElement; box; box = box.parentElement) {
    const boxStyle = getComputedStyle(box);
    if (boxStyle.overflowX === 'visible' && boxStyle.overflowY === 'visible') continue;
    const outer = box.getBoundingClientRect();
    const left = outer.left + box.clientLeft;
    const top = outer.top + box.clientTop;
    const inside =
      rect.left - reach >= left - 0.5 &&
      rect.top - reach >= top - 0.5 &&
      rect.right + reach <= left + box.clientWidth + 0.5 &&
      rect.bottom + reach <= top + box.clientHeight + 0.5;
    if (!inside) return { name, again, first: stops[0] === element, problem: `ring clipped by ${box.tagName.toLowerCase()}` };
  }
  return { name, again, first: stops[0] === element, problem: '' };
}

/** Tabs once round the page from its top, checking each stop's focus ring. */
async function walkTabStops(page: Page) {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const problems: string[] = [];
  let stops = 0;
  let transcriptStops = 0;
  for (let presses = 0; presses < 250; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(focusRingProblem);
    if (!focused || focused.again) {
      if (focused?.first) break;
      continue;
    }
    stops++;
    if (focused.problem) problems.push(`${focused.name}: ${focused.problem}`);
    if (await page.evaluate(() => !!document.activeElement?.closest('[aria-label="Transcript lines"]'))) transcriptStops++;
  }
  return { stops, problems, transcriptStops };
}

for (const viewport of [
  { width: 375, height: 800 },
  { width: 1280, height: 900 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('every stop of the keyboard shows a clear focus ring that nothing clips, the transcript lines included', async ({
      page,
      dashboard,
    }) => {
      test.slow();
      await dashboard.presetToken();
      await dashboard.openRecording(ID);
      await expect(dashboard.heading).toHaveText(TITLE);
      await dashboard.customize();
      await dashboard.scrollToConversation();
      await expect(
        dashboard.panel('Transcript').getByRole('list', { name: 'Transcript lines' }).getByRole('listitem').first(),
      ).toBeVisible();
      const { stops, problems, transcriptStops } = await walkTabStops(page);
      expect(stops, 'the walk went round the page').toBeGreaterThan(30);
      expect(problems).toEqual([]);
      expect(transcriptStops, 'the transcript lines are one tab stop').toBe(1);
    });

    test('the sign-in screen and the home form show the same clear focus ring', async ({ page, dashboard }) => {
      await dashboard.openRecording(ID);
      await expect(dashboard.tokenField).toBeVisible();
      const signIn = await walkTabStops(page);
      expect(signIn.stops).toBeGreaterThan(2);
      expect(signIn.problems).toEqual([]);

      await page.goto('/');
      await expect(dashboard.recordingIdField).toBeVisible();
      const home = await walkTabStops(page);
      expect(home.stops).toBeGreaterThan(2);
      expect(home.problems).toEqual([]);
    });

    test('the header says who, with whom and how: the rep arrives in its reserved place and nothing moves', async ({ page, dashboard }) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      // The full document (where the rep's name comes from) is held until the header is measured.
      await page.route(
        (url) => url.pathname === '/api/siro/v1/core/recordings',
        async (route) => {
          if (route.request().method() !== 'POST') return route.fallback();
          await held;
          await route.fallback();
        },
      );
      await dashboard.presetToken();
      await dashboard.openRecording(ID);
      const header = dashboard.recordingHeader;
      await expect(header).toContainText(CUSTOMER);
      const customer = header.getByText(CUSTOMER, { exact: true });
      expect(await customer.evaluate((element) => element.scrollWidth <= element.clientWidth), 'the customer shown whole').toBe(true);
      await expect(header.getByText('Score 88', { exact: true })).toBeVisible();
      await expect(header).toContainText('$18,450');
      await expect(header).not.toContainText('Marcus Bell');
      await expect(dashboard.panel('Summary')).toBeVisible();
      const before = await header.boundingBox();
      const summaryBefore = await dashboard.panel('Summary').boundingBox();

      release();
      await expect(header).toContainText('Marcus Bell');
      expect(await header.boundingBox()).toEqual(before);
      expect(await dashboard.panel('Summary').boundingBox()).toEqual(summaryBefore);
    });

    test('the header and the player say the same length, in the same format', async ({ dashboard }) => {
      await dashboard.presetToken();
      await dashboard.openRecording(ID);
      await expect(dashboard.recordingHeader).toContainText('42:40');
      await dashboard.audioPlayer.scrollIntoViewIfNeeded();
      await expect(dashboard.audioPlayer.getByRole('slider', { name: 'Seek' })).toHaveAttribute('aria-valuetext', /^0:00 of 42:40$/);
    });

    test('print: a header saying which recording and when, no disclosure triangles, the IDs, and the transcript only when it is on', async ({
      page,
      dashboard,
    }) => {
      await dashboard.presetToken();
      await dashboard.openRecording(ID, '?showTranscript=false');
      await expect(dashboard.heading).toHaveText(TITLE);
      await page.emulateMedia({ media: 'print' });

      const link = page.getByText(new URL(recordingPath(ID), page.url()).href, { exact: true });
      await expect(link).toBeVisible();
      await expect(link.locator('..').getByText(TITLE)).toBeVisible();
      await expect(link.locator('..').getByText(/^Printed \w/)).toBeVisible();
      for (const summary of await page.locator('summary').all()) {
        if (!(await summary.isVisible())) continue;
        expect(await summary.evaluate((element) => getComputedStyle(element).listStyleType), 'a summary without its marker').toBe('none');
      }
      await expect(dashboard.recordingHeader.getByText(ID, { exact: true })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Transcript' })).toHaveCount(0);
      await expect(dashboard.audioPlayer).toBeHidden();

      await page.emulateMedia({ media: 'screen' });
      await dashboard.customize();
      await dashboard.toggle('Transcript').click();
      await dashboard.scrollToConversation();
      await expect(dashboard.panel('Transcript').getByRole('listitem').first()).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(dashboard.panel('Transcript').getByRole('listitem').first()).toBeVisible();
    });

    test('the home form refuses free text, and the not-found card names the ID it looked for', async ({ page, dashboard }) => {
      await page.goto('/');
      await dashboard.recordingIdField.fill('hello world');
      await dashboard.recordingIdField.press('Enter');
      await expect(dashboard.main.getByRole('alert')).toContainText('This is not a recording ID or link');
      await expect(page).toHaveURL('/');
      expect(dashboard.apiRequests).toHaveLength(0);

      await dashboard.presetToken();
      await dashboard.openRecording('rec-404-nowhere');
      await expect(dashboard.heading).toHaveText('Recording not found');
      await expect(dashboard.main).toContainText('Siro has no recording with the ID rec-404-nowhere.');
    });

    test('a deleted recording says no audio once and promises no score; an integration named after its platform shows once', async ({
      page,
      dashboard,
    }) => {
      await dashboard.presetToken();
      await dashboard.openRecording(DELETED_RECORDING_ID);
      await dashboard.showPanels();
      await expect(dashboard.panel('Score')).toContainText('This recording was deleted before it was scored.');
      await expect(dashboard.panel('Score')).not.toContainText('No score');
      await expect(page.getByText(/no audio/i)).toHaveCount(1);
      await expect(dashboard.panel('Opportunities')).toContainText('Salesforce');
      await expect(page.getByText(/Salesforce\s*·\s*Salesforce/i)).toHaveCount(0);
    });
  });
}
