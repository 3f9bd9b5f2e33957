import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildOpportunities, rawOpportunity } from '@/testing/recording-fixtures';
import { renderWithProviders } from '@/testing/render';

import { OpportunitiesPanel } from './opportunities-panel';

// West of UTC, set before the formatters are made: a close date must not slip to the day before.
const previousTimeZone = vi.hoisted(() => {
  const previous = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  return previous;
});
afterAll(() => {
  if (previousTimeZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousTimeZone;
});

const renderOpportunities = (raw: unknown) => render(<OpportunitiesPanel opportunities={buildOpportunities(raw)} />);
const value = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('OpportunitiesPanel', () => {
  it('shows an opportunity', () => {
    renderOpportunities([
      rawOpportunity({
        name: 'Roof replacement',
        accountName: 'Whitfield Household',
        disposition: 'CLOSED_WON',
        amount: 12_500,
        closedAt: '2024-06-01T12:00:00Z',
        integrationName: 'Acme Salesforce',
        integrationPlatform: 'SALESFORCE',
      }),
    ]);
    expect(screen.getByRole('heading', { name: 'Roof replacement' })).toBeInTheDocument();
    expect(screen.getByText('Closed won')).toBeInTheDocument();
    expect(value('Account')).toHaveTextContent('Whitfield Household');
    const dollars = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(12_500);
    expect(value('Amount')).toHaveTextContent(dollars);
    expect(value('Close date')).toHaveTextContent('2024');
    expect(value('Integration')).toHaveTextContent('Acme Salesforce · Salesforce');
  });

  it('names an integration called after its platform once, not "Salesforce · Salesforce"', () => {
    renderOpportunities([rawOpportunity({ integrationName: 'Salesforce', integrationPlatform: 'SALESFORCE' })]);
    expect(value('Integration')).toHaveTextContent(/^Salesforce$/);
  });

  it.each(['2026-05-12', '2026-05-12T00:00:00.000Z'])('shows the close date %j as the calendar date written', (closedAt) => {
    renderOpportunities([rawOpportunity({ closedAt })]);
    const may12 = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 4, 12));
    expect(value('Close date')).toHaveTextContent(may12);
  });

  it.each([
    ['only unreadable items', ['junk', 7]],
    ['not a list', { name: 'Roof' }],
  ])('says opportunities could not be read, not that there are none, for %s', (_name, raw) => {
    renderOpportunities(raw);
    expect(screen.getByText(/opportunit(y|ies) could not be read/)).toBeInTheDocument();
    expect(screen.queryByText('No opportunities linked to this recording.')).not.toBeInTheDocument();
  });

  it('says how many addresses could not be read', () => {
    renderOpportunities([rawOpportunity({ addresses: [{ city: 'Austin' }, 'Plano, TX', 7] })]);
    expect(value('Address')).toHaveTextContent('Austin');
    expect(screen.getByText('2 addresses could not be read and are not shown.')).toBeInTheDocument();
  });

  it('lists every address', () => {
    renderOpportunities([
      rawOpportunity({
        addresses: [{ street: '12 Elm St', city: 'Springfield', state: 'IL', zip: '62701', country: 'US' }, { city: 'Austin' }, {}],
      }),
    ]);
    const items = within(value('Addresses'))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['12 Elm St, Springfield, IL 62701, US', 'Austin', 'Address not available']);
  });

  it('says "Not available" for missing details', () => {
    renderOpportunities([{ name: null, amount: '12k', closedAt: 'not a date', addresses: null }]);
    expect(screen.getByRole('heading', { name: 'Unnamed opportunity' })).toBeInTheDocument();
    expect(value('Amount')).toHaveTextContent('Not available');
    expect(value('Close date')).toHaveTextContent('Not available');
  });

  it.each([[[]], [null]])('says there are no opportunities for %j', (raw) => {
    renderOpportunities(raw);
    expect(screen.getByText(/No opportunities/)).toBeInTheDocument();
  });

  it('says how many could not be read', () => {
    renderOpportunities([rawOpportunity(), 'junk']);
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByText('1 opportunity could not be read and is not shown.')).toBeInTheDocument();
  });

  it('spells the plural of opportunity', () => {
    renderOpportunities([rawOpportunity(), 'junk', 7]);
    expect(screen.getByText('2 opportunities could not be read and are not shown.')).toBeInTheDocument();
  });

  it('confines an unterminated right-to-left override to the field it is in', () => {
    const fields = { name: overridden('Name'), accountName: overridden('Account'), opportunityExternalId: overridden('External') };
    const street = overridden('Street');
    renderOpportunities([rawOpportunity({ ...fields, integrationPlatform: null, addresses: [{ street }] })]);
    for (const text of [...Object.values(fields), street]) expectBidiIsolated(text);
  });

  it('shows the first ten of many, finds one by its account, and shows all on asking', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 30 }, (_, i) => rawOpportunity({ name: `Solar ${i + 1}`, accountName: `Household ${i + 1}` }));
    renderWithProviders(<OpportunitiesPanel opportunities={buildOpportunities(many)} />);
    const names = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(names()).toHaveLength(10);

    await user.type(screen.getByRole('searchbox', { name: 'Filter opportunities' }), 'household 27');
    expect(await screen.findByText('1 of 30 opportunities match.')).toBeInTheDocument();
    expect(names()).toEqual(['Solar 27']);

    await user.clear(screen.getByRole('searchbox', { name: 'Filter opportunities' }));
    await user.click(await screen.findByRole('button', { name: 'Show all 30 opportunities' }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Solar 30' })).toBeInTheDocument();
  });
});
