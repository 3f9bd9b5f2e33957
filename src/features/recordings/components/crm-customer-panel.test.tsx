import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { buildCustomer, rawCustomer } from '@/testing/recording-fixtures';
import { CrmCustomerPanel } from './crm-customer-panel';

const renderCustomer = (raw: unknown) => render(<CrmCustomerPanel customer={buildCustomer(raw)} />);
const crmLink = () => screen.queryByRole('link', { name: /open in crm/i });

describe('CrmCustomerPanel', () => {
  it('shows the name and type', () => {
    renderCustomer(rawCustomer({ name: 'Dana Whitfield', customerType: 'DMS_OPPORTUNITY' }));
    expect(screen.getByText('Dana Whitfield')).toBeInTheDocument();
    expect(screen.getByText('DMS opportunity')).toBeInTheDocument();
  });

  it('explains a fuzzy match', () => {
    renderCustomer(rawCustomer({ matchingSource: 'FUZZY' }));
    expect(screen.getByText('Fuzzy match.')).toBeInTheDocument();
    expect(screen.getByText(/worth a check/)).toBeInTheDocument();
  });

  it.each([
    ['NOT_FOUND', rawCustomer({ matchingSource: 'NOT_FOUND' })],
    ['null', null],
  ])('says no customer matched for %s', (_name, raw) => {
    renderCustomer(raw);
    expect(screen.getByText(/No CRM customer matched/)).toBeInTheDocument();
    expect(crmLink()).not.toBeInTheDocument();
  });

  it('says when the customer could not be read', () => {
    renderCustomer('garbage');
    expect(screen.getByText('The CRM customer could not be read.')).toBeInTheDocument();
  });

  it('links email and phone with mailto: and tel:', () => {
    renderCustomer(rawCustomer({ emailAddress: 'dana@example.com', phoneNumber: '+1 (555) 010-2030' }));
    expect(screen.getByRole('link', { name: 'dana@example.com' })).toHaveAttribute('href', 'mailto:dana@example.com');
    expect(screen.getByRole('link', { name: '+1 (555) 010-2030' })).toHaveAttribute('href', 'tel:+15550102030');
  });

  it('shows an email that is not an address as text', () => {
    renderCustomer(rawCustomer({ emailAddress: 'javascript:alert(1)' }));
    expect(screen.getByText('javascript:alert(1)')).not.toHaveAttribute('href');
    expect(screen.queryByRole('link', { name: 'javascript:alert(1)' })).not.toBeInTheDocument();
  });

  it('opens the CRM in a new tab without leaking the opener', () => {
    renderCustomer(rawCustomer({ crmUrl: 'https://crm.example.com/accounts/42' }));
    expect(crmLink()).toHaveAttribute('href', 'https://crm.example.com/accounts/42');
    expect(crmLink()).toHaveAttribute('target', '_blank');
    expect(crmLink()).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/accounts/42'])(
    'has no CRM link for %j',
    (crmUrl) => {
      renderCustomer(rawCustomer({ crmUrl }));
      expect(screen.getByText('Dana Whitfield')).toBeInTheDocument();
      expect(crmLink()).not.toBeInTheDocument();
    },
  );
});
