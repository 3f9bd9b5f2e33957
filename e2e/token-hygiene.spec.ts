import type { Page, Request } from '@playwright/test';

import { COMPLETE_SALE_RECORDING_ID, SPANISH_RECORDING_ID } from '../sample-api/ids';
import { DashboardPage, DEMO_TOKEN, expect, test } from './fixtures';

// The token is an OAuth access token: it may travel only in the x-siro-auth-token header of
// same-origin /api/siro/ requests and rest only in this tab's sessionStorage (or, when the
// manager asks, localStorage). auth.spec.ts and deep-link.spec.ts cover the sign-in flows.

const TOKEN_HEADER = 'x-siro-auth-token';
const WHITAKER = { id: COMPLETE_SALE_RECORDING_ID, title: 'Whitaker – roof replacement consultation', customer: 'Karen & Tom Whitaker' };
const DELGADO = { id: SPANISH_RECORDING_ID, title: 'Delgado – reemplazo de aire acondicionado', customer: 'Rosa Delgado' };

type SeenRequest = { url: string; headers: Record<string, string>; body: string | null };

/** Every request (all headers, as sent), console line and page URL, from now on. */
function recordTraffic(page: Page) {
  const pending: Promise<SeenRequest | null>[] = [];
  const consoleLines: string[] = [];
  const pageUrls: string[] = [];
  page.on('request', (request: Request) => {
    // A request that starts as the test ends (the audio streaming on) has no headers to read.
    pending.push(
      request.allHeaders().then(
        (headers) => ({ url: request.url(), headers, body: request.postData() }),
        () => null,
      ),
    );
  });
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  page.on('framenavigated', (frame) => pageUrls.push(frame.url()));
  return { requests: async () => (await Promise.all(pending)).filter((seen) => seen !== null), consoleLines, pageUrls };
}

const isApiRequest = (url: string, origin: string) => {
  const parsed = new URL(url);
  return parsed.origin === origin && parsed.pathname.startsWith('/api/siro/');
};

/** Everything the page keeps in web storage and cookies, and its live DOM and history state. */
async function browserState(page: Page) {
  const state = await page.evaluate(() => {
    const entries = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => storage.key(index)!).map((key) => [key, storage.getItem(key) ?? ''] as const);
    return {
      local: entries(localStorage),
      session: entries(sessionStorage),
      html: document.documentElement.outerHTML,
      historyState: JSON.stringify(history.state) ?? '',
      windowName: window.name,
    };
  });
  const cookies = await page.context().cookies();
  return { ...state, cookies: cookies.map((cookie) => `${cookie.name}=${cookie.value}`) };
}

async function openViaHomeForm(dashboard: DashboardPage, id: string) {
  await dashboard.page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /recordings$|^Open a recording$/i })
    .click();
  await dashboard.recordingIdField.fill(id);
  await dashboard.recordingIdField.press('Enter');
}

test('signed in for this tab: the token travels only in the API header and rests only in sessionStorage', async ({ page, dashboard }) => {
  const traffic = recordTraffic(page);
  await dashboard.openRecording(WHITAKER.id);
  await dashboard.signIn(DEMO_TOKEN);
  await expect(dashboard.heading).toHaveText(WHITAKER.title);

  // A manager's usual moves: a toggle, another recording from the form, Back, a reload.
  await dashboard.customize();
  await dashboard.toggle('Summary').click();
  await expect(page).toHaveURL(/showSummary=false/);
  await openViaHomeForm(dashboard, DELGADO.id);
  await expect(dashboard.heading).toHaveText(DELGADO.title);
  await page.goBack();
  await page.goBack();
  await expect(dashboard.heading).toHaveText(WHITAKER.title);
  await page.reload();
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(WHITAKER.customer);

  const origin = new URL(page.url()).origin;
  const encoded = encodeURIComponent(DEMO_TOKEN);
  for (const url of [...traffic.pageUrls, page.url()]) {
    expect(url, 'page URL').not.toContain(DEMO_TOKEN);
    expect(url, 'page URL').not.toContain(encoded);
  }
  for (const line of traffic.consoleLines) expect(line, 'console').not.toContain(DEMO_TOKEN);

  const requests = await traffic.requests();
  const carriers = requests.filter((request) => TOKEN_HEADER in request.headers);
  expect(carriers.length, 'API requests carried the token').toBeGreaterThan(0);
  for (const request of requests) {
    expect(request.url, 'request URL').not.toContain(DEMO_TOKEN);
    expect(request.url, 'request URL').not.toContain(encoded);
    expect(request.body ?? '', `body of ${request.url}`).not.toContain(DEMO_TOKEN);
    const { [TOKEN_HEADER]: tokenHeader, ...otherHeaders } = request.headers;
    if (tokenHeader !== undefined) {
      expect(isApiRequest(request.url, origin), `${request.url} carries the token header`).toBe(true);
      expect(tokenHeader).toBe(DEMO_TOKEN);
    }
    expect(JSON.stringify(otherHeaders), `other headers of ${request.url}`).not.toContain(DEMO_TOKEN);
  }

  const state = await browserState(page);
  expect(state.session, 'sessionStorage').toEqual(expect.arrayContaining([['siro.token', DEMO_TOKEN]]));
  for (const [key, value] of state.session) {
    if (key !== 'siro.token') expect(`${key}=${value}`, 'other sessionStorage entries').not.toContain(DEMO_TOKEN);
  }
  for (const [key, value] of state.local) expect(`${key}=${value}`, 'localStorage').not.toContain(DEMO_TOKEN);
  for (const cookie of state.cookies) expect(cookie, 'cookies').not.toContain(DEMO_TOKEN);
  expect(state.html, 'the DOM').not.toContain(DEMO_TOKEN);
  expect(state.historyState, 'history state').not.toContain(DEMO_TOKEN);
  expect(state.windowName, 'window.name').not.toContain(DEMO_TOKEN);
});

test('remembered, then signed out: the token is gone everywhere, and neither a link nor Back shows the data', async ({
  page,
  dashboard,
}) => {
  await dashboard.openRecording(WHITAKER.id);
  await dashboard.signIn(DEMO_TOKEN, { remember: true });
  await expect(dashboard.heading).toHaveText(WHITAKER.title);
  await openViaHomeForm(dashboard, DELGADO.id);
  await dashboard.showPanels();
  await expect(dashboard.panel('CRM customer')).toContainText(DELGADO.customer);

  const remembered = await browserState(page);
  expect(remembered.local, 'localStorage').toEqual(expect.arrayContaining([['siro.token', DEMO_TOKEN]]));
  expect(
    remembered.session.filter(([, value]) => value.includes(DEMO_TOKEN)),
    'sessionStorage',
  ).toEqual([]);

  await dashboard.signOutButton.click();
  await expect(dashboard.signInHeading).toBeVisible();
  const signedOut = await browserState(page);
  for (const [key, value] of [...signedOut.local, ...signedOut.session]) {
    expect(`${key}=${value}`, 'web storage after sign-out').not.toContain(DEMO_TOKEN);
  }
  const apiRequestsAfterSignOut: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/siro/')) apiRequestsAfterSignOut.push(request.url());
  });

  // The next recording link asks for the token, without a request.
  await openViaHomeForm(dashboard, WHITAKER.id);
  await expect(dashboard.signInHeading).toBeVisible();
  await expect(dashboard.tokenField).toBeEmpty();

  // Back through every recording this tab showed: each asks to sign in, none shows its data.
  for (let step = 0; step < 4; step++) {
    await page.goBack();
    if (new URL(page.url()).pathname.startsWith('/recordings/')) await expect(dashboard.signInHeading).toBeVisible();
    for (const recording of [WHITAKER, DELGADO]) {
      await expect(page.getByText(recording.title)).toHaveCount(0);
      await expect(page.getByText(recording.customer)).toHaveCount(0);
    }
  }
  expect(apiRequestsAfterSignOut, 'no API request after sign-out').toEqual([]);
  const afterwards = await browserState(page);
  expect(afterwards.html, 'the DOM').not.toContain(DEMO_TOKEN);
});

test('signing out in one tab signs out every tab, even one holding its own copy of the token', async ({ page, dashboard }) => {
  await dashboard.openRecording(WHITAKER.id);
  await dashboard.signIn();
  await expect(dashboard.heading).toHaveText(WHITAKER.title);

  // A second tab, signed in for itself (its own sessionStorage), on another recording.
  const otherPage = await page.context().newPage();
  const other = new DashboardPage(otherPage);
  await other.openRecording(DELGADO.id);
  await other.signIn();
  await expect(other.heading).toHaveText(DELGADO.title);

  await dashboard.signOutButton.click();

  await expect(other.signInHeading).toBeVisible();
  await expect(other.signInNotice).toHaveText('You are signed out.');
  await expect(otherPage.getByText(DELGADO.customer)).toHaveCount(0);
  expect(await other.storedTokens()).toEqual({ session: null, local: null });
  await otherPage.close();
});
