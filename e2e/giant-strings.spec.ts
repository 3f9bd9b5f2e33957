import type { Page } from '@playwright/test';

import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { DEMO_TOKEN, expect, recordingPath, test } from './fixtures';

// Siro's words in the inbox, the follow-up queue and the recording's coaching panels (scorecard,
// moments, follow-up notes, comments, Ask Siro), each made 20,000 characters long with the
// manager's token in front: every one is shown cut (a long unbroken string freezes the tab while
// it is laid out), with Show more where there is room for it, and never with the token.

const GIANT = `${DEMO_TOKEN} ${'W'.repeat(20_000)}`;
/** CLIP_AT (src/lib/clip-text.ts) and its ellipsis: the most of one value shown before Show more. */
const MOST_SHOWN = 1_001;
/** The transcript has its own cut (a line is a button): its answer is left alone here. */
const INFLATED = /\/api\/siro\/(?!.*\/utterances)/;

/** Every string of Siro's answers that reads as words (it has a space) becomes GIANT. */
function inflate(value: unknown, budget: { left: number }): unknown {
  if (typeof value === 'string') {
    if (!value.includes(' ') || budget.left === 0) return value;
    budget.left -= 1;
    return GIANT;
  }
  if (Array.isArray(value)) return value.map((item) => inflate(item, budget));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inflate(item, budget)]));
  }
  return value;
}

async function inflateAnswers(page: Page) {
  await page.route(INFLATED, async (route) => {
    const response = await route.fetch();
    if (!response.ok() || !(response.headers()['content-type'] ?? '').includes('json')) return route.fulfill({ response });
    // Within the app's 10 MB limit for one answer.
    await route.fulfill({ response, json: inflate(await response.json(), { left: 300 }) });
  });
}

/** The longest text node and attribute value on the page, and whether the token shows anywhere. */
async function longestShown(page: Page) {
  return page.evaluate((token) => {
    let text = 0;
    let attribute = 0;
    let textAt = '';
    let attributeAt = '';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Element) {
        for (const { name, value } of node.attributes) {
          if (value.length > attribute) attributeAt = `${node.tagName} ${name}=${value.slice(0, 80)}`;
          attribute = Math.max(attribute, value.length);
        }
      } else if (!['SCRIPT', 'STYLE'].includes(node.parentElement?.tagName ?? '')) {
        const length = node.textContent?.length ?? 0;
        if (length > text) textAt = node.parentElement?.parentElement?.outerHTML.slice(0, 300) ?? '';
        text = Math.max(text, length);
      }
    }
    return { text, attribute, textAt, attributeAt, token: document.body.innerHTML.includes(token) };
  }, DEMO_TOKEN);
}

async function expectAllCut(page: Page) {
  const shown = await longestShown(page);
  expect(shown.text, `the longest text laid out (${shown.textAt})`).toBeLessThanOrEqual(MOST_SHOWN);
  expect(shown.attribute, `the longest attribute, accessible names included (${shown.attributeAt})`).toBeLessThanOrEqual(MOST_SHOWN);
  expect(shown.token, 'the token on the page').toBe(false);
}

test.beforeEach(async ({ dashboard, page }) => {
  await dashboard.presetToken();
  await inflateAnswers(page);
});

// A test can end with an answer still being inflated (a lookup the page asked for last).
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

test('inbox rows cut long titles, names and types, and never show the token', async ({ page }) => {
  await page.goto('/recordings');
  await expect(page.getByRole('article').first()).toContainText('[token] WWWW');
  await page.getByRole('button', { name: /^Conversation type: / }).click();
  await expect(page.getByRole('checkbox', { name: /^\[token\] WWWW/ }).first()).toBeVisible();
  await expectAllCut(page);

  // A shared link may name any value: the filter lists it, and names it, as written.
  await page.goto(`/recordings?type=${'Q'.repeat(5_000)}`);
  await page.getByRole('button', { name: /^Conversation type: Q/ }).click();
  await expect(page.getByRole('checkbox', { name: /^QQQ/ })).toBeChecked();
  await expectAllCut(page);
});

test('follow-up queue rows cut their title, action, names and notes, with Show more', async ({ page }) => {
  await page.goto('/follow-ups');
  await expect(page.getByRole('article').first()).toContainText('[token] WWWW');
  await page.getByRole('button', { name: /^Rep: / }).click();
  await expect(page.getByRole('checkbox', { name: /^\[token\] WWWW/ }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more' }).first()).toBeVisible();
  await expectAllCut(page);
});

test('the scorecard, moments, follow-up history, comments and Ask Siro answers are cut, with Show more', async ({ page }) => {
  await page.goto(recordingPath(COMPLETE_SALE_RECORDING_ID));
  // The lower panels load as they come near.
  for (const name of ['Score', 'Follow-ups', 'Moments', 'Ask Siro', 'Comments']) {
    const panel = page.getByRole('region', { name, exact: true });
    // The heading, not the region: a side column's region stretches as tall as the main one.
    await panel.getByRole('heading', { name, exact: true }).scrollIntoViewIfNeeded();
    await expect(panel).toContainText('[token] WWWW');
  }
  const ask = page.getByRole('region', { name: 'Ask Siro', exact: true });
  await ask.getByRole('textbox').fill('Was financing discussed?');
  await ask.getByRole('button', { name: 'Ask', exact: true }).click();
  await expect(ask.getByRole('listitem').first()).toContainText('[token] WWWW');
  await page.getByRole('button', { name: 'Change outcome' }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  await expectAllCut(page);

  const more = page.getByRole('region', { name: 'Comments', exact: true }).getByRole('button', { name: 'Show more' }).first();
  await more.click();
  expect((await longestShown(page)).text, 'Show more shows ten times as much').toBeGreaterThan(MOST_SHOWN);
});
