import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildCustomer, rawCustomer } from '@/testing/recording-fixtures';

import { CrmCustomerPanel } from './crm-customer-panel';

const renderCustomer = (raw: unknown) => render(<CrmCustomerPanel customer={buildCustomer(raw)} />);
const crmLink = () => screen.queryByRole('link', { name: /open in crm/i });
/** The value shown under a term of the customer's details. */
const detail = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

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

  it.each(['garbage', 42, ['Dana Whitfield']])('says a customer of %j came but could not be read, not that none matched', (raw) => {
    renderCustomer(raw);
    expect(screen.getByText('Siro sent a CRM customer, but it could not be read.')).toBeInTheDocument();
    expect(screen.queryByText(/No CRM customer matched/)).not.toBeInTheDocument();
  });

  it('links email and phone with mailto: and tel:', () => {
    renderCustomer(rawCustomer({ emailAddress: 'dana@example.com', phoneNumber: '+1 (555) 010-2030' }));
    expect(screen.getByRole('link', { name: 'dana@example.com' })).toHaveAttribute('href', 'mailto:dana@example.com');
    expect(screen.getByRole('link', { name: '+1 (555) 010-2030' })).toHaveAttribute('href', 'tel:+15550102030');
  });

  it.each([
    [
      '+1 555-0147, +1 555-0199',
      [
        ['+1 555-0147', 'tel:+15550147'],
        ['+1 555-0199', 'tel:+15550199'],
      ],
    ],
    [
      '972-555-0147; 972-555-0199',
      [
        ['972-555-0147', 'tel:9725550147'],
        ['972-555-0199', 'tel:9725550199'],
      ],
    ],
    [
      '(972) 555-0147 or (972) 555-0199',
      [
        ['(972) 555-0147', 'tel:9725550147'],
        ['(972) 555-0199', 'tel:9725550199'],
      ],
    ],
    [
      '+1 972 555 0147 / +1 972 555 0199',
      [
        ['+1 972 555 0147', 'tel:+19725550147'],
        ['+1 972 555 0199', 'tel:+19725550199'],
      ],
    ],
    ['+1 972 555 0147 ext. 12', [['+1 972 555 0147 ext. 12', 'tel:+19725550147;ext=12']]],
    ['972.555.0147 x9', [['972.555.0147 x9', 'tel:9725550147;ext=9']]],
  ])('makes one tel: link per number in %j, each showing the number as written', (phoneNumber, links) => {
    renderCustomer(rawCustomer({ phoneNumber }));
    const phone = detail('Phone');
    expect(phone).toHaveTextContent(phoneNumber);
    expect(
      within(phone)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual(links);
  });

  it('links the numbers and leaves the rest of a phone field as text', () => {
    renderCustomer(rawCustomer({ phoneNumber: '972-555-0147, ask for Tom' }));
    const phone = detail('Phone');
    expect(phone).toHaveTextContent('972-555-0147, ask for Tom');
    expect(
      within(phone)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['tel:9725550147']);
  });

  it.each(['1234', 'ask the office', '+1 555 CALL NOW', '55+5 0147 2233'])(
    'shows %j, which is not a phone number, as text',
    (phoneNumber) => {
      renderCustomer(rawCustomer({ phoneNumber }));
      expect(detail('Phone')).toHaveTextContent(phoneNumber);
      expect(within(detail('Phone')).queryByRole('link')).not.toBeInTheDocument();
    },
  );

  it.each([
    'dana@example.com?cc=boss@example.com',
    'dana@example.com&body=hi',
    'dana@example.com%3Fcc%3Dboss@example.com',
    'dana @example.com',
    'dana@example.com\nbcc:boss@example.com',
    'dana@localhost',
    'mailto:dana@example.com',
  ])('shows the email %j, which is not a plain address, without a link', (emailAddress) => {
    renderCustomer(rawCustomer({ emailAddress }));
    expect(detail('Email').textContent).toBe(emailAddress);
    expect(within(detail('Email')).queryByRole('link')).not.toBeInTheDocument();
  });

  it('links each plain address in a list of them', () => {
    renderCustomer(rawCustomer({ emailAddress: 'dana@example.com; tom+roof@example.co.uk' }));
    expect(
      within(detail('Email'))
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['mailto:dana@example.com', 'mailto:tom+roof@example.co.uk']);
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

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/accounts/42'])('has no CRM link for %j', (crmUrl) => {
    renderCustomer(rawCustomer({ crmUrl }));
    expect(screen.getByText('Dana Whitfield')).toBeInTheDocument();
    expect(crmLink()).not.toBeInTheDocument();
  });

  it('confines an unterminated right-to-left override to the field it is in', () => {
    const fields = {
      name: overridden('Name'),
      customerType: overridden('Type'),
      emailAddress: overridden('Email'),
      phoneNumber: overridden('Phone'),
      externalId: overridden('External'),
      address: overridden('Address'),
      integrationName: overridden('Integration'),
    };
    renderCustomer(rawCustomer(fields));
    for (const text of Object.values(fields)) expectBidiIsolated(text);
  });
});
