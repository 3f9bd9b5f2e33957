// The inbox's page object, on top of the dashboard fixture (its checks for page errors and CSP
// violations apply here too).
import type { Page, Request } from '@playwright/test';

import { test as dashboardTest, expect } from './fixtures';

export const SEARCH_PATH = '/api/siro/v1/core/recordings/search';

export type SearchBody = { query: Record<string, unknown>; page: number; pageSize: number };

export class InboxPage {
  /** The search requests the page made, in order. */
  readonly searches: Request[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === SEARCH_PATH) this.searches.push(request);
    });
  }

  static body(request: Request): SearchBody {
    return request.postDataJSON() as SearchBody;
  }
  get lastBody(): SearchBody | undefined {
    const last = this.searches.at(-1);
    return last && InboxPage.body(last);
  }

  get list() {
    return this.page.getByRole('list', { name: 'Recordings' });
  }
  /** The rows drawn: the list draws only those near the viewport. */
  get rows() {
    return this.list.getByRole('listitem');
  }
  /** The list holds `count` rows, drawn or not. */
  async expectRows(count: number) {
    await expect(this.rows).toHaveCount(count);
  }
  row(title: string) {
    return this.list.getByRole('link', { name: title, exact: true });
  }
  get searchField() {
    return this.page.getByLabel('Search recordings');
  }
  get sort() {
    return this.page.getByLabel('Sort');
  }
  picker(label: string) {
    return this.page.getByRole('button', { name: new RegExp(`^${label}: `) });
  }
  option(name: string) {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  get filtersDisclosure() {
    return this.page.getByRole('button', { name: /^Filters/ });
  }
  get loadMore() {
    return this.page.getByRole('button', { name: 'Load more' });
  }
  get count() {
    return this.page.getByText(/recordings? match/);
  }
  get clearFilters() {
    return this.page.getByRole('button', { name: 'Clear filters' }).first();
  }
  get backToRecordings() {
    return this.page.getByRole('link', { name: 'Back to recordings' });
  }

  async open(search = '') {
    await this.page.goto(`/recordings${search}`);
  }

  /** Ticks one option of a multi-select filter, and closes it. */
  async choose(label: string, option: string) {
    await this.picker(label).click();
    await this.option(option).check();
    await this.page.keyboard.press('Escape');
  }

  async scrollToEnd() {
    await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  }

  async scrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }
}

/** Answers every search with pages of `total` made-up recordings, "Generated recording 1" the newest. */
export async function fakeManyRecordings(page: Page, total: number) {
  await page.route(`**${SEARCH_PATH}`, async (route) => {
    const { page: number, pageSize } = route.request().postDataJSON() as SearchBody;
    const offset = (number - 1) * pageSize;
    const hits = Array.from({ length: Math.max(0, Math.min(pageSize, total - offset)) }, (_, index) => {
      const n = offset + index + 1;
      return {
        recordingId: `generated-${n}`,
        dateCreated: Date.UTC(2026, 3, 30) - n * 3_600_000,
        title: `Generated recording ${n}`,
        repFirstName: 'Marcus',
        repLastName: 'Bell',
        conversationType: 'Door knock',
        durationInMilliseconds: 600_000 + n,
        viewed: n % 3 > 0,
      };
    });
    await route.fulfill({ json: { data: { hits, estimatedTotalHits: total, offset, limit: pageSize } } });
  });
}

export const test = dashboardTest.extend<{ inbox: InboxPage }>({
  inbox: async ({ page }, provide) => {
    await provide(new InboxPage(page));
  },
});

export { expect } from './fixtures';
