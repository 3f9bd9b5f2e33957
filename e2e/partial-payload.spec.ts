import type { Locator } from '@playwright/test';

import { expect, test } from './fixtures';

// `fault-partial` (sample-api/data/partial.ts): single fields of the wrong type and enum values
// newer than Siro's documentation. Field by field, a bad value reads as unavailable and its
// neighbours still show; an unknown enum value shows as it came. failure-matrix.spec.ts checks
// the page as a whole.

const NOT_AVAILABLE = /not available/i;

/** A card of a panel (an opportunity, an extraction), found by its heading. */
function card(panel: Locator, heading: string) {
  return panel.getByRole('article').filter({ has: panel.page().getByRole('heading', { name: heading, exact: true }) });
}

/** The card's term → definition pairs, as a person reads them. */
async function details(area: Locator): Promise<Record<string, string>> {
  await expect(area.getByRole('definition').first()).toBeVisible();
  const terms = await area.getByRole('term').allInnerTexts();
  const definitions = await area.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((term, index) => [term.trim(), (definitions[index] ?? '').trim()]));
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
  await dashboard.openRecording('fault-partial');
  await expect(dashboard.panel('Opportunities')).toBeVisible();
});

test('an amount written as text and a date that is not one read as unavailable; the rest of the opportunity shows', async ({
  dashboard,
}) => {
  await dashboard.showPanels();
  const roof = card(dashboard.panel('Opportunities'), 'Whitaker – Roof Replacement');
  await expect(roof).toBeVisible();
  const fields = await details(roof);
  // amount: "12k", closedAt: "not a date"
  expect(fields.Amount).toMatch(NOT_AVAILABLE);
  expect(fields['Close date']).toMatch(NOT_AVAILABLE);
  await expect(roof).not.toContainText('12k');
  await expect(roof).not.toContainText('not a date');
  expect(fields.Account).toBe('Karen & Tom Whitaker');
  expect(fields['External ID']).toBe('006Hs00001XyZ9QIAV');
  expect(fields.Address).toContain('4182 Larkspur Lane');
});

test('addresses: null reads as no address, beside a good amount', async ({ dashboard }) => {
  await dashboard.showPanels();
  const gutters = card(dashboard.panel('Opportunities'), 'Whitaker – Seamless Gutters');
  const fields = await details(gutters);
  expect(fields.Address).toMatch(NOT_AVAILABLE);
  expect(fields.Amount).toBe('$2,950.00');
  // An address list with broken entries keeps the good one.
  const attic = await details(card(dashboard.panel('Opportunities'), 'Whitaker – Attic Insulation'));
  expect(attic.Addresses ?? attic.Address).toContain('4182 Larkspur Lane, Plano, TX 75024');
});

test('extraction: null says no value, while the extractions around it show theirs', async ({ dashboard }) => {
  await dashboard.showPanels();
  const extractions = dashboard.panel('Entity extractions');
  await expect(card(extractions, 'Financing interest')).toContainText(/no value|could not extract/i);
  // Numbers of five digits or more get the locale's grouping (a four-digit year stays as sent).
  await expect(card(extractions, 'Budget')).toContainText('20,000');
  await expect(card(extractions, 'Decision makers')).toContainText('Tom Whitaker');
});

test('enum values newer than the documentation show as they came', async ({ dashboard }) => {
  await dashboard.showPanels();
  const customer = dashboard.panel('CRM customer');
  await expect(customer).toContainText('PARTNER'); // customerType
  await expect(customer).toContainText('MANUAL'); // matchingSource
  // emailAddress: 123 reads as unavailable; the phone beside it shows.
  const fields = await details(customer);
  expect(fields.Email).toMatch(NOT_AVAILABLE);
  expect(fields.Phone).toBe('+1 (972) 555-0147');
  await expect(card(dashboard.panel('Entity extractions'), 'Next appointment date')).toContainText('QUEUED'); // status
  for (const value of ['ARCHIVED', 'paused', 'MIXED', 'German']) await expect(dashboard.main).toContainText(value);
});
