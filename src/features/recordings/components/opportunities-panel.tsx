import { memo } from 'react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { LongListBody, rowClass } from '@/components/ui/long-list';
import { LongText } from '@/components/ui/long-text';
import { Details } from '@/components/ui/panel';
import { SkippedNotice } from '@/components/ui/panel-frame';
import { formatCalendarDate, formatCurrency, humanize } from '@/lib/format';
import type { List } from '@/lib/lenient';

import type { Address, Opportunity } from '../api/recording-schema';
import { integrationInWords } from '../labels';

type Props = { opportunities: List<Opportunity> | null | undefined };

export const OpportunitiesPanel = memo(function OpportunitiesPanel({ opportunities }: Props) {
  const items = opportunities?.items ?? [];
  return (
    <LongListBody
      name="opportunities"
      items={items}
      skipped={opportunities?.skipped ?? 0}
      empty="No opportunities linked to this recording."
      noun="opportunity"
      plural="opportunities"
      text={opportunityText}
    >
      {(entries) => (
        <ul className="space-y-4">
          {entries.map(({ item, index }) => (
            <li
              key={`${index}:${item.opportunityExternalId ?? ''}`}
              className={cn('rounded-lg border border-slate-200 p-3', rowClass(entries.length))}
            >
              <OpportunityCard opportunity={item} />
            </li>
          ))}
        </ul>
      )}
    </LongListBody>
  );
});

/** What the filter field finds an opportunity by. */
function opportunityText(opportunity: Opportunity): string {
  return [
    opportunity.name,
    opportunity.accountName,
    opportunity.disposition && humanize(opportunity.disposition),
    formatCurrency(opportunity.amount),
    integrationInWords(opportunity),
    opportunity.opportunityExternalId,
    ...(opportunity.addresses?.items ?? []).map(formatAddress),
  ]
    .filter(Boolean)
    .join('\n');
}

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
