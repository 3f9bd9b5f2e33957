import { test as base, expect, type Locator, type Page, type Request } from '@playwright/test';

export const DEMO_TOKEN = 'siro-demo-token';

/** The API flags of the four panels, sorted as `flagsOf` returns them. */
export const ALL_FLAGS = ['showCrmCustomers', 'showCrmOpportunities', 'showEntityExtractions', 'showSummary'];

export type PanelName = 'Summary' | 'CRM customer' | 'Opportunities' | 'Entity extractions';
export const PANEL_NAMES: readonly PanelName[] = ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions'];

/** A token the sample API accepts for exactly one request, then answers 401. */
export function shortLivedToken(): string {
  return `short-lived-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The path of the recording page for `id`, as the app writes it. */
export function recordingPath(id: string): string {
  return `/recordings/${encodeURIComponent(id)}`;
}

/** Role- and label-based handles on the recording dashboard, and the actions a manager takes. */
export class DashboardPage {
  readonly apiRequests: Request[] = [];
  readonly pageErrors: Error[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/siro/v1/core/recordings/')) this.apiRequests.push(request);
    });
    page.on('pageerror', (error) => this.pageErrors.push(error));
  }

  get main() {
    return this.page.getByRole('main');
  }
  get tokenField() {
    return this.page.getByLabel('Siro API token');
  }
  get rememberCheckbox() {
    return this.page.getByLabel('Remember on this device');
  }
  get connectButton() {
    return this.page.getByRole('button', { name: 'Connect' });
  }
  get signInHeading() {
    return this.page.getByRole('heading', { name: 'Sign in to Siro' });
  }
  /** The notice above the sign-in form: signed out, or token rejected/expired. */
  get signInNotice() {
    return this.main.getByRole('alert');
  }
  get signOutButton() {
    return this.page.getByRole('button', { name: 'Sign out' });
  }
  /** The page's h1: the recording title, an error's title, or the sign-in/home heading. */
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get retryButton() {
    return this.page.getByRole('button', { name: 'Retry', exact: true });
  }
  get retryingButton() {
    return this.page.getByRole('button', { name: 'Retrying…', exact: true });
  }
  /** The error card's way out (the nav bar has its own "Open a recording" link). */
  get openAnotherLink() {
    return this.main.getByRole('link', { name: 'Open another recording' });
  }
  get processingStatus() {
    return this.page.getByRole('status').filter({ hasText: 'still processing' });
  }
  get recordingIdField() {
    return this.page.getByLabel('Recording ID or link');
  }
  toggle(name: PanelName) {
    return this.page.getByRole('switch', { name, exact: true });
  }
  panel(name: PanelName) {
    return this.page.getByRole('region', { name, exact: true });
  }

  async openRecording(id: string, search = '') {
    await this.page.goto(`${recordingPath(id)}${search}`);
  }

  async signIn(token = DEMO_TOKEN, { remember = false } = {}) {
    await this.tokenField.fill(token);
    if (remember) await this.rememberCheckbox.check();
    await this.connectButton.click();
  }

  /** Sign in before the app loads, as a returning manager in this tab would be. */
  async presetToken(token = DEMO_TOKEN) {
    await this.page.addInitScript((value) => sessionStorage.setItem('siro.token', value), token);
  }

  /** What the browser keeps under the token key, in this tab and on this device. */
  async storedTokens(): Promise<{ session: string | null; local: string | null }> {
    return this.page.evaluate(() => ({
      session: sessionStorage.getItem('siro.token'),
      local: localStorage.getItem('siro.token'),
    }));
  }

  async historyLength(): Promise<number> {
    return this.page.evaluate(() => history.length);
  }

  /** Everything the page shows as text, as a person (or a screen reader) gets it. */
  async visibleText(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  /** Presses Tab, as a keyboard user would, until `target` has focus. */
  async tabTo(target: Locator, maxPresses = 25) {
    for (let presses = 0; presses < maxPresses; presses++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target} in ${maxPresses} presses`);
  }

  /** The showX flags of an API request that are `true`, sorted. */
  static flagsOf(request: Request): string[] {
    const params = new URL(request.url()).searchParams;
    return [...params.entries()].filter(([, value]) => value === 'true').map(([key]) => key).sort();
  }
}

export const test = base.extend<{ dashboard: DashboardPage }>({
  dashboard: async ({ page }, use) => {
    const dashboard = new DashboardPage(page);
    await use(dashboard);
    // No test may leave an uncaught error behind.
    expect(dashboard.pageErrors, 'uncaught page errors').toEqual([]);
  },
});

export { expect };
