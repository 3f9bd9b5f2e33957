import type { Page } from '@playwright/test';

import { CUSTOMER, ID, ONE_REQUEST_VIEW, SUMMARY, TITLE } from './complete-sale';
import { DEMO_TOKEN, expect, recordingPath, shortLivedToken, test } from './fixtures';

const EXPIRED = 'Siro rejected your token or it has expired';

/** Every console line and every URL the page was on, to check the token never leaks there. */
function watchLeaks(page: Page) {
  const consoleLines: string[] = [];
  const pageUrls: string[] = [];
  const requestUrls: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('framenavigated', (frame) => pageUrls.push(frame.url()));
  page.on('request', (request) => requestUrls.push(request.url()));
  return {
    consoleLines,
    expectNoTrace(token: string) {
      pageUrls.push(page.url());
      const encoded = encodeURIComponent(token);
      for (const [where, lines] of [
        ['page URL', pageUrls],
        ['request URL', requestUrls],
        ['console', consoleLines],
      ] as const) {
        for (const line of lines) {
          expect(line, `the token in a ${where}`).not.toContain(token);
          expect(line, `the token in a ${where}`).not.toContain(encoded);
        }
      }
    },
  };
}

test('@smoke a rejected token returns to sign-in on the same URL with the reason', async ({ page, dashboard }) => {
  const leaks = watchLeaks(page);
  const wrongToken = `wrong-token-${Date.now()}`;
  await dashboard.openRecording(ID, '?showEntityExtractions=false');

  await dashboard.signIn(wrongToken);

  await expect(dashboard.signInNotice).toContainText(EXPIRED);
  await expect(dashboard.tokenField).toBeVisible();
  await expect(dashboard.tokenField).toBeEmpty();
  await expect(page).toHaveURL(`${recordingPath(ID)}?showEntityExtractions=false`);
  expect(dashboard.apiRequests, 'a 401 is not retried').toHaveLength(1);
  expect(dashboard.apiRequests[0]!.headers()['x-siro-auth-token'], 'the token travels in its header').toBe(wrongToken);
  expect(await dashboard.storedTokens()).toEqual({ session: null, local: null });
  expect(await dashboard.visibleText()).not.toContain(wrongToken);
  leaks.expectNoTrace(wrongToken);
});

test('a token that expires mid-session asks again in place, then the same recording shows', async ({ page, dashboard }) => {
  const leaks = watchLeaks(page);
  const token = shortLivedToken();
  // A view of one request: the short-lived token is good for exactly that one.
  await dashboard.openRecording(ID, ONE_REQUEST_VIEW);
  await dashboard.signIn(token);
  await expect(dashboard.heading).toHaveText(TITLE);
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
  const viewUrl = `${recordingPath(ID)}?showTranscript=false&showAsk=false&showComments=false`;

  // Switching the summary on needs a new request, which meets the expired token.
  await dashboard.customize();
  await dashboard.toggle('Summary').click();

  await expect(dashboard.signInNotice).toContainText(EXPIRED);
  await expect(dashboard.tokenField).toBeVisible();
  await expect(dashboard.panel('CRM customer')).toHaveCount(0);
  await expect(page).toHaveURL(viewUrl);
  expect(await dashboard.storedTokens()).toEqual({ session: null, local: null });

  await dashboard.signIn(DEMO_TOKEN);

  await expect(dashboard.heading).toHaveText(TITLE);
  await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
  await expect(page).toHaveURL(viewUrl);
  const tokens = dashboard.apiRequests.map((request) => request.headers()['x-siro-auth-token']);
  expect(tokens[0]).toBe(token);
  expect(tokens.at(-1)).toBe(DEMO_TOKEN);
  expect(tokens.filter((sent) => sent === token).length, 'the expired token was tried again').toBeGreaterThanOrEqual(2);
  leaks.expectNoTrace(token);
  leaks.expectNoTrace(DEMO_TOKEN);
});

test('a reload after the token expired asks again instead of showing an error', async ({ page, dashboard }) => {
  const leaks = watchLeaks(page);
  const token = shortLivedToken();
  await dashboard.openRecording(ID, ONE_REQUEST_VIEW);
  await dashboard.signIn(token);
  await expect(dashboard.heading).toHaveText(TITLE);

  await page.reload();

  await expect(dashboard.signInNotice).toContainText(EXPIRED);
  await expect(page).toHaveURL(`${recordingPath(ID)}${ONE_REQUEST_VIEW}`);
  await dashboard.signIn(DEMO_TOKEN);
  await expect(dashboard.heading).toHaveText(TITLE);
  leaks.expectNoTrace(token);
});
