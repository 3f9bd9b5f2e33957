import type { Page } from '@playwright/test';

import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { expect, test, type DashboardPage } from './fixtures';

// `fault-hostile` is what a malicious or broken CRM record can put in every text and URL field.
// This is an audit of the DOM it produces: nothing executable, nothing navigable to a script,
// nothing from the data outside text nodes. (responsive-a11y.spec.ts checks layout and dialogs.)

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const TRACE = 'xss-trace';

/** Before any app script runs: anything that would reveal injected code leaves a console trace. */
function trapScriptSinks() {
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    Object.defineProperty(window, name, {
      configurable: true,
      value: (...args: unknown[]) => {
        console.error(`xss-trace ${name}(${args.map(String).join(', ')})`);
      },
    });
  }
}

function watchPage(page: Page) {
  const dialogs: string[] = [];
  const consoleLines: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  return { dialogs, consoleLines };
}

/** The scripts in the document, as "src" or "inline: <first characters>". */
function scriptsOf(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('script')].map((script) =>
      script.src ? new URL(script.src).pathname : `inline: ${(script.textContent ?? '').slice(0, 40)}`,
    ),
  );
}

async function openFullyLoaded(dashboard: DashboardPage, id: string) {
  await dashboard.presetToken();
  await dashboard.openRecording(id);
  // The transcript and player load as they come into view.
  await dashboard.scrollToConversation();
  // Every panel rendered, none of them by its error boundary.
  for (const name of ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions', 'Score', 'Follow-ups', 'Transcript'] as const) {
    await expect(dashboard.panel(name)).toBeVisible();
  }
  await expect(dashboard.main).not.toContainText('This section could not be displayed');
}

test('hostile data: nothing from it runs, links only to safe schemes, and it all shows as text', async ({ page, dashboard }) => {
  await page.addInitScript(trapScriptSinks);
  const watched = watchPage(page);

  // A clean recording first: the app's own scripts, to compare with.
  await openFullyLoaded(dashboard, COMPLETE_SALE_RECORDING_ID);
  const appScripts = await scriptsOf(page);

  await openFullyLoaded(dashboard, 'fault-hostile');
  await expect(dashboard.heading).toContainText(`${SCRIPT} Roof estimate ${IMG}`);

  // The markup is visible as text, in every panel that holds some.
  await expect(dashboard.panel('Summary')).toContainText(`Summary with markup ${SCRIPT} and ${IMG}.`);
  await expect(dashboard.panel('Summary')).toContainText("{{constructor.constructor('alert(1)')()}}");
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(IMG);
  await expect(dashboard.panel('Opportunities')).toContainText('javascript:alert(document.domain)');
  await expect(dashboard.panel('Entity extractions').getByRole('heading', { name: SCRIPT, exact: true })).toBeVisible();
  await expect(dashboard.panel('Follow-ups')).toContainText(SCRIPT);
  // The transcript, its speaker names and the summary sections (headers and quotes) too.
  const transcript = dashboard.panel('Transcript');
  await expect(transcript).toContainText(`Hello ${SCRIPT} this is the roof estimate ${IMG}`);
  await expect(transcript).toContainText('<a href="javascript:alert(document.domain)">click me</a> and <svg onload=alert(1)>');
  await expect(transcript).toContainText(`${IMG} Marcus`);
  await expect(transcript).toContainText('A speaker the map does not name.');
  await expect(dashboard.panel('Summary').getByRole('heading', { name: SCRIPT, exact: true })).toBeVisible();
  await expect(dashboard.panel('Summary')).toContainText('[click me](javascript:alert(document.domain))');
  await expect(dashboard.audioPlayer, 'a script URL is no audio link').toContainText(/cannot play|could not/);

  // No script, frame, object, base or meta refresh came from the data.
  expect(await scriptsOf(page), 'scripts in the document').toEqual(appScripts);
  // The app's inline scripts are its own: the requests and the first screen (allowed by their hashes in the CSP).
  expect(
    appScripts.filter((script) => script.startsWith('inline:')),
    'the inline scripts',
  ).toHaveLength(2);
  expect(
    await page.locator('iframe, frame, object, embed, base, meta[http-equiv], form[action], svg script').count(),
    'active elements from the data',
  ).toBe(0);

  // No event handler attribute anywhere, and no URL-bearing attribute pointing at a script.
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name))
        .map((attribute) => `<${element.localName} ${attribute.name}>`),
    ),
  );
  expect(handlers, 'on* attributes').toEqual([]);
  const scriptUrls = await page.evaluate(() =>
    [...document.querySelectorAll('[src], [action], [formaction], [poster], [srcset], [xlink\\:href]')]
      .flatMap((element) =>
        ['src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href'].map((name) => element.getAttribute(name) ?? ''),
      )
      // eslint-disable-next-line no-control-regex -- browsers skip these before a scheme, so do we
      .filter((value) => /^(javascript|data:text|vbscript)/i.test(value.replace(/[\u0000-\u0020]/g, ''))),
  );
  expect(scriptUrls, 'script URLs in src/action attributes').toEqual([]);

  // Every link goes somewhere safe; a new tab gets neither the opener nor the referrer.
  const origin = new URL(page.url()).origin;
  const links = await page.locator('a').evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      href: anchor.getAttribute('href'),
      resolved: (anchor as HTMLAnchorElement).href,
      target: anchor.getAttribute('target'),
      rel: anchor.getAttribute('rel') ?? '',
    })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    if (link.href === null) continue;
    const url = new URL(link.resolved);
    const safe = ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) || url.origin === origin;
    expect(safe, `unsafe link ${JSON.stringify(link.href)}`).toBe(true);
    if (url.protocol === 'tel:') expect(url.pathname, 'a tel: link holds one number, with its extension').toMatch(/^\+?\d+(;ext=\d+)?$/);
    if (url.protocol === 'mailto:') {
      expect(`${url.pathname}${url.search}`, 'a mailto: link holds one plain address, no cc or body').toMatch(/^[^\s?&%@]+@[^\s?&%@]+$/);
    }
    if (link.target === '_blank') {
      expect(link.rel.split(/\s+/), `rel of ${link.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }
  // The customer's crmUrl is `javascript:…`: no "Open in CRM" link at all rather than a bad one.
  await expect(dashboard.panel('CRM customer').getByRole('link', { name: /Open in CRM/ })).toHaveCount(0);

  // `{"__proto__":{"polluted":true}}` stayed a string.
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();

  expect(watched.dialogs, 'dialogs').toEqual([]);
  expect(
    watched.consoleLines.filter((line) => line.includes(TRACE) || line.includes('alert(')),
    'script traces in the console',
  ).toEqual([]);
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the hostile transcript and summary sections wrap: no horizontal scroll, every line readable', async ({ page, dashboard }) => {
    await openFullyLoaded(dashboard, 'fault-hostile');
    const transcript = dashboard.panel('Transcript');
    // The 10,000-character word and the right-to-left override left open are lines like any other.
    await expect(transcript).toContainText('A'.repeat(200));
    await expect(transcript).toContainText('Total due');
    await expect(dashboard.panel('Summary').getByRole('heading', { level: 3 }).first()).toBeVisible();
    await transcript.scrollIntoViewIfNeeded();

    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'page width').toBeLessThanOrEqual(375);
    for (const name of ['Summary', 'Transcript', 'Audio'] as const) {
      await dashboard.showPanels();
      const box = await (name === 'Audio' ? dashboard.audioPlayer : dashboard.panel(name)).boundingBox();
      expect(box!.x + box!.width, `${name} fits the screen`).toBeLessThanOrEqual(375);
    }
    // The unterminated override must not reverse what comes after its line.
    await expect(transcript).toContainText('A speaker the map does not name.');
  });
});

test('a 300,000-character title is shown cut, with a way to see more', async ({ dashboard }) => {
  await dashboard.presetToken();
  await dashboard.openRecording('fault-giant-title');
  const more = dashboard.heading.getByRole('button', { name: 'Show more' });
  await expect(more).toBeVisible();
  expect((await dashboard.heading.textContent())!.length, 'characters laid out in the title').toBeLessThan(400);
  await more.click();
  await expect(dashboard.heading).toContainText('W'.repeat(2_000));
  expect((await dashboard.heading.textContent())!.length).toBeLessThan(4_000);
});
