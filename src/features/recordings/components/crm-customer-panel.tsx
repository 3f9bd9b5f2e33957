import { memo } from 'react';

import { Badge } from '@/components/ui/badge';
import { ExternalLink } from '@/components/ui/external-link';
import { LongText } from '@/components/ui/long-text';
import { Details } from '@/components/ui/panel';
import { EmptyState, UnreadableState } from '@/components/ui/panel-frame';
import { formatDateTime } from '@/lib/format';

import { Unreadable, type CrmCustomer } from '../api/recording-schema';
import { customerTypeInWords, matchingSourceInWords } from '../labels';
import { EmailLinks, PhoneLinks } from './contact-links';

type Props = { customer: CrmCustomer | Unreadable | null | undefined };

export const CrmCustomerPanel = memo(function CrmCustomerPanel({ customer }: Props) {
  if (customer instanceof Unreadable) return <UnreadableState>Siro sent a CRM customer, but it could not be read.</UnreadableState>;
  if (!customer || customer.matchingSource === 'NOT_FOUND') {
    return <EmptyState>No CRM customer matched. Siro found no CRM record for this conversation, so nothing was linked.</EmptyState>;
  }
  const match = customer.matchingSource ? matchingSourceInWords(customer.matchingSource) : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <p dir="auto" className="min-w-0 text-lg font-semibold text-slate-900">
          <LongText text={customer.name?.trim() || 'Unnamed customer'} max={300} />
        </p>
        {customer.customerType && <Badge tone="info">{customerTypeInWords(customer.customerType)}</Badge>}
      </div>
      {match && (
        <p className="text-sm text-slate-700">
          <span dir="auto" className="font-medium">
            {match.text}.
          </span>{' '}
          {match.explanation}
        </p>
      )}
      <Details
        items={[
          ['Email', customer.emailAddress && <EmailLinks value={customer.emailAddress} />],
          ['Phone', customer.phoneNumber && <PhoneLinks value={customer.phoneNumber} />],
          ['External ID', customer.externalId],
          ['Address', customer.address],
          ['Created', formatDateTime(customer.createdAt)],
          ['Updated', formatDateTime(customer.updatedAt)],
          ['Last activity', formatDateTime(customer.lastActivityAt)],
          ['CRM', customer.integrationName ?? customer.integrationPlatform],
        ]}
      />
      <ExternalLink href={customer.crmUrl}>Open in CRM</ExternalLink>
    </div>
  );
});
