import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { buildOpportunities, rawOpportunity } from '@/testing/recording-fixtures';
import { OpportunitiesPanel } from './opportunities-panel';

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

  it('lists every address', () => {
    renderOpportunities([
      rawOpportunity({
        addresses: [
          { street: '12 Elm St', city: 'Springfield', state: 'IL', zip: '62701', country: 'US' },
          { city: 'Austin' },
          {},
        ],
      }),
    ]);
    const items = within(value('Addresses')).getAllByRole('listitem').map((item) => item.textContent);
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
});
