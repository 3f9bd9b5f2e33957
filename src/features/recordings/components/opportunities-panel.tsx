import { memo } from 'react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { rowClass } from '@/components/ui/long-list';
import { LongText } from '@/components/ui/long-text';
import { Details } from '@/components/ui/panel';
import { ListBody, SkippedNotice } from '@/components/ui/panel-frame';
import { useProgressiveCount } from '@/hooks/use-progressive-count';
import { formatCalendarDate, formatCurrency, humanize } from '@/lib/format';
import type { List } from '@/lib/lenient';

import type { Address, Opportunity } from '../api/recording-schema';
import { integrationInWords } from '../labels';

type Props = { opportunities: List<Opportunity> | null | undefined };

export const OpportunitiesPanel = memo(function OpportunitiesPanel({ opportunities }: Props) {
  const items = opportunities?.items ?? [];
  const skipped = opportunities?.skipped ?? 0;
  const shown = useProgressiveCount(items.length);
  return (
    <ListBody
      count={items.length}
      skipped={skipped}
      empty="No opportunities linked to this recording."
      noun="opportunity"
      plural="opportunities"
    >
      <ul className="space-y-4">
        {items.slice(0, shown).map((opportunity, index) => (
          <li
            key={`${index}:${opportunity.opportunityExternalId ?? ''}`}
            className={cn('rounded-lg border border-slate-200 p-3', rowClass(items.length))}
          >
            <OpportunityCard opportunity={opportunity} />
          </li>
        ))}
      </ul>
    </ListBody>
  );
});

// Memoised: each batch of a long list renders its new rows only, not every row again.
const OpportunityCard = memo(function OpportunityCard({ opportunity }: { opportunity: Opportunity }) {
  const integration = integrationInWords(opportunity);
  const addresses = opportunity.addresses?.items ?? [];
  return (
    <article className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 dir="auto" className="min-w-0 font-semibold text-slate-900">
          <LongText text={opportunity.name?.trim() || 'Unnamed opportunity'} max={300} />
        </h3>
        {opportunity.disposition && <Badge>{humanize(opportunity.disposition)}</Badge>}
      </div>
      <Details
        items={[
          ['Account', opportunity.accountName],
          ['Amount', formatCurrency(opportunity.amount)],
          ['Close date', formatCalendarDate(opportunity.closedAt)],
          ['Integration', integration || null],
          ['External ID', opportunity.opportunityExternalId],
          [addresses.length > 1 ? 'Addresses' : 'Address', addresses.length ? <AddressList addresses={addresses} /> : null],
        ]}
      />
      <SkippedNotice count={opportunity.addresses?.skipped ?? 0} noun="address" plural="addresses" />
    </article>
  );
});

function AddressList({ addresses }: { addresses: Address[] }) {
  return (
    <ul className="space-y-1 font-normal">
      {addresses.map((address, index) => (
        <li key={index}>
          <address dir="auto" className="not-italic">
            <LongText text={formatAddress(address)} />
          </address>
        </li>
      ))}
    </ul>
  );
}

function formatAddress(address: Address): string {
  const cityLine = [address.city, [address.state, address.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [address.street, cityLine, address.country].filter(Boolean).join(', ') || 'Address not available';
}
