import type { Locator, Page } from '@playwright/test';

/** The follow-up queue and the controls that work a follow-up, wherever they are shown. */
export class FollowupsPage {
  constructor(readonly page: Page) {}

  async open(search = '') {
    await this.page.goto(`/follow-ups${search}`);
  }
  get list() {
    return this.page.getByRole('list', { name: 'Follow-ups' });
  }
  get rows() {
    return this.list.getByRole('listitem');
  }
  /** The previous filters' rows, shown (marked busy) until the new ones arrive. */
  get updating() {
    return this.page.locator('[aria-busy="true"]').filter({ has: this.list });
  }
  get total() {
    return this.page.getByRole('status').filter({ hasText: 'potential revenue' });
  }
  filter(name: 'Status' | 'Type' | 'Rep' | 'Team' | 'Conversation type') {
    return this.page.getByRole('button', { name: new RegExp(`^${name}: `) });
  }
  option(name: string) {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
  get minimumScore() {
    return this.page.getByLabel('Minimum score');
  }
  /** The controls of one follow-up (in a queue row or a recording's panel). */
  work(scope: Locator) {
    return {
      status: scope.getByLabel('Status'),
      star: scope.getByRole('button', { name: 'Star' }),
      note: scope.getByLabel('Note'),
      addNote: scope.getByRole('button', { name: 'Add note' }),
      alert: scope.getByRole('alert'),
    };
  }
  get changeOutcome() {
    return this.page.getByRole('button', { name: 'Change outcome' });
  }
  outcomeChoice(name: string) {
    // "Not interested (Negative) – description": the custom label, the universal one, what it means.
    return this.page.getByRole('radio', { name: new RegExp(`^${name} \\(`) });
  }
  get saveOutcome() {
    return this.page.getByRole('button', { name: 'Save outcome' });
  }
}
