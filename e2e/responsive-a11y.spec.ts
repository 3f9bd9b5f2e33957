import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { ID as COMPLETE_SALE_RECORDING_ID, CUSTOMER, EXTRACTION_COUNT, OPPORTUNITIES, SUMMARY, TITLE } from './complete-sale';
import { expect, test, type DashboardPage } from './fixtures';

type XssWindow = Window & { __xss?: string[] };

/** Violations a keyboard or screen-reader user would be blocked by. */
/** Every axe violation, whatever its impact: the pages have none, and a new one should fail. */
async function a11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

async function expectCompleteSaleShown(dashboard: DashboardPage) {
  await expect(dashboard.heading).toHaveText(TITLE);
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  await expect(dashboard.panel('Opportunities').getByRole('heading', { level: 3 })).toHaveText(OPPORTUNITIES);
  await expect(dashboard.panel('Entity extractions')).toContainText(EXTRACTION_COUNT);
}

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the complete sale fits the width: no horizontal scroll', async ({ page, dashboard }) => {
    await dashboard.presetToken();
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await expectCompleteSaleShown(dashboard);

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(375);
  });

  test('hostile data fits the width too: long unbroken text, RTL, emoji, zalgo', async ({ page, dashboard }) => {
    await dashboard.presetToken();
    await dashboard.openRecording('fault-hostile');
    await expect(dashboard.heading).toContainText('Roof estimate');
    await expect(dashboard.panel('Summary')).toContainText('Summary with markup');
    await dashboard.showPanels();
    await expect(dashboard.panel('Entity extractions')).toContainText('7 extractions');

    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(375);
  });
});

test('hostile data stays inert text: no script runs, no unsafe link, new tabs are isolated', async ({ page, dashboard }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const win = window as XssWindow;
    win.__xss = [];
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name].bind(window) as (message?: string) => unknown;
      // @ts-expect-error -- replaced by a recorder that keeps the original behaviour
      window[name] = (message?: string) => {
        win.__xss?.push(`${name}(${String(message)})`);
        return original(message);
      };
    }
  });
  await dashboard.presetToken();
  await dashboard.openRecording('fault-hostile');

  await expect(dashboard.heading).toContainText('<script>alert(1)</script> Roof estimate <img src=x onerror=alert(1)>');
  await expect(dashboard.panel('Summary')).toContainText('Summary with markup <script>alert(1)</script>');
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText('<img src=x onerror=alert(1)>');
  await expect(dashboard.panel('Entity extractions')).toContainText('7 extractions');
  // The markup shows as text: not one image element was created from it.
  await expect(page.getByRole('img')).toHaveCount(0);

  const links = await page.getByRole('link').all();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    const href = (await link.getAttribute('href')) ?? '';
    // Browsers ignore leading whitespace and control characters in a scheme: so do we.
    // eslint-disable-next-line no-control-regex
    expect(href.replace(/^[\u0000-\u0020]+/, ''), `unsafe href ${JSON.stringify(href)}`).not.toMatch(/^(javascript|data|vbscript):/i);
    if ((await link.getAttribute('target')) === '_blank') {
      const rel = ((await link.getAttribute('rel')) ?? '').split(/\s+/);
      expect(rel, `rel of ${href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }

  expect(await page.evaluate(() => (window as XssWindow).__xss)).toEqual([]);
  expect(dialogs).toEqual([]);
});

test('the CRM link opens in a new tab without handing over the opener', async ({ dashboard }) => {
  await dashboard.presetToken();
  await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);

  await dashboard.showPanels();
  const crmLink = dashboard.panel('CRM customer').getByRole('link', { name: /Open in CRM/ });
  await expect(crmLink).toHaveAttribute('href', /^https:\/\//);
  await expect(crmLink).toHaveAttribute('target', '_blank');
  await expect(crmLink).toHaveAttribute('rel', /\bnoopener\b/);
  await expect(crmLink).toHaveAttribute('rel', /\bnoreferrer\b/);
});

test('a switch that is off stands out from the panel and the page: 3:1 or more (WCAG 1.4.11, which axe does not check)', async ({
  page,
  dashboard,
}) => {
  await dashboard.presetToken();
  await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID, '?showEvaluationScore=false&showFollowups=false');
  await dashboard.customize();
  const offSwitches = page.getByRole('switch', { checked: false });
  await expect(offSwitches).toHaveCount(2);

  const contrasts = await offSwitches.evaluateAll((switches) => {
    // The canvas turns any CSS color (Tailwind 4 writes oklch) into sRGB.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgb = (color: string) => {
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (color: number[]) => {
      const [r, g, b] = color.map((value) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    const backdrop = (element: Element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        if (color !== 'rgba(0, 0, 0, 0)' && color !== 'transparent') return color;
      }
      return '#fff';
    };
    return switches.map((element) => {
      const track = getComputedStyle(element).backgroundColor;
      return {
        panel: contrast(track, backdrop(element)),
        page: contrast(track, getComputedStyle(document.body).backgroundColor),
        white: contrast(track, '#fff'),
      };
    });
  });
  for (const contrast of contrasts) {
    expect(contrast.panel).toBeGreaterThanOrEqual(3);
    expect(contrast.page).toBeGreaterThanOrEqual(3);
    expect(contrast.white).toBeGreaterThanOrEqual(3);
  }
});

test.describe('accessibility (axe): no violations at all', () => {
  test('sign-in screen', async ({ dashboard }) => {
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await expect(dashboard.tokenField).toBeVisible();

    expect(await a11yViolations(dashboard.page)).toEqual([]);
  });

  test('sign-in screen with the expired notice', async ({ dashboard }) => {
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await dashboard.signIn('not-a-valid-token');
    await expect(dashboard.signInNotice).toBeVisible();

    expect(await a11yViolations(dashboard.page)).toEqual([]);
  });

  test('recording page', async ({ dashboard }) => {
    // axe walks every panel, the transcript included: on a busy 2-core machine that takes a while.
    test.slow();
    await dashboard.presetToken();
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await expectCompleteSaleShown(dashboard);
    // The transcript and the player load as they come into view: axe checks them too.
    await dashboard.scrollToConversation();
    await expect(dashboard.transcriptLine('Hi, you must be Karen')).toBeVisible();
    await expect(dashboard.audioButton('Play')).toBeEnabled();

    expect(await a11yViolations(dashboard.page)).toEqual([]);
  });

  test('home page', async ({ page, dashboard }) => {
    await page.goto('/');
    await expect(dashboard.recordingIdField).toBeVisible();

    expect(await a11yViolations(page)).toEqual([]);
  });

  test('error state', async ({ dashboard }) => {
    await dashboard.presetToken();
    await dashboard.openRecording('fault-403');
    await expect(dashboard.heading).toHaveText("You don't have access to this recording");

    expect(await a11yViolations(dashboard.page)).toEqual([]);
  });
});

test.describe('README screenshot', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the recording page after signing in', async ({ page, dashboard }, testInfo) => {
    await dashboard.openRecording(COMPLETE_SALE_RECORDING_ID);
    await dashboard.signIn();
    await expectCompleteSaleShown(dashboard);
    // The rep's name, not its placeholder: it comes with the full document, after the recording.
    await expect(dashboard.recordingHeader).toContainText('Marcus Bell');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    // Into the test's own output; UPDATE_SCREENSHOT=1 refreshes the README's copy, so an
    // ordinary run leaves the checkout clean.
    const root = path.dirname(testInfo.config.configFile ?? path.join(testInfo.config.rootDir, 'playwright.config.ts'));
    const target = process.env.UPDATE_SCREENSHOT ? path.join(root, 'docs', 'screenshot.png') : testInfo.outputPath('screenshot.png');
    await page.screenshot({ path: target, fullPage: false });
  });
});
