import { memo } from 'react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { LongListBody, rowClass, type Grouping } from '@/components/ui/long-list';
import { LongText } from '@/components/ui/long-text';
import { SkippedNotice } from '@/components/ui/panel-frame';
import { formatExactNumber, formatIsoText, formatNumber } from '@/lib/format';
import type { List } from '@/lib/lenient';

import type { CrmMapping, EntityExtraction, ExtractionValue } from '../api/recording-schema';
import { valueMappings } from '../extraction-mappings';
import { extractionStatusBadge } from '../labels';

type Props = { extractions: List<EntityExtraction> | null | undefined; processing: boolean };

export const EntityExtractionsPanel = memo(function EntityExtractionsPanel({ extractions, processing }: Props) {
  const items = extractions?.items ?? [];
  return (
    <LongListBody
      name="extractions"
      items={items}
      skipped={extractions?.skipped ?? 0}
      empty={processing ? 'Extractions will appear when Siro finishes processing.' : 'No entity extractions for this recording.'}
      noun="extraction"
      plural="extractions"
      text={extractionText}
      grouping={BY_STATUS}
      summary={
        <p className="mb-3 text-sm text-slate-600">{items.length === 1 ? '1 extraction' : `${formatNumber(items.length)} extractions`}</p>
      }
    >
      {(entries) => (
        <ul className="divide-y divide-slate-100">
          {entries.map(({ item, index }) => (
            <li key={`${index}:${item.id ?? ''}`} className={cn('py-3', rowClass(entries.length))}>
              <ExtractionRow extraction={item} />
            </li>
          ))}
        </ul>
      )}
    </LongListBody>
  );
});

// Failures first: they are what a manager looks for in a long list.
const STATUS_RANK: Record<string, number> = { FAIL: 0, IN_PROGRESS: 1, SUCCESS: 3, SYNCED: 4, '': 5 };

const BY_STATUS: Grouping<EntityExtraction> = {
  id: 'status',
  label: 'Group by status',
  key: (extraction) => extraction.status ?? '',
  rank: (status) => STATUS_RANK[status] ?? 2,
  heading: (status) => (status ? extractionStatusBadge(status).text : 'No status'),
};

/** What the filter field finds an extraction by: its name, status, values and CRM fields. */
function extractionText(extraction: EntityExtraction): string {
  const values = extraction.extraction?.items ?? [];
  const mappings = [...(extraction.mappings?.items ?? []), ...values.flatMap((value) => value.mappings?.items ?? [])];
  return [
    extraction.siroEntityDefinitionName,
    extraction.status && extractionStatusBadge(extraction.status).text,
    ...values.flatMap((value) => [value.name, valueText(value.value)]),
    ...mappings.map((mapping) => `${mapping.crmModelName}.${mapping.crmFieldName}`),
  ]
    .filter(Boolean)
    .join('\n');
}

/** A value as shown (a date in the viewer's words, Yes/No, a grouped number) and as sent. */
function valueText(value: ExtractionValue): string {
  if (Array.isArray(value)) return value.map(valueText).join('\n');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return `${formatExactNumber(value)}\n${value}`;
  if (typeof value === 'string') return `${formatIsoText(value) ?? ''}\n${value}`;
  return '';
}

// Memoised: each batch of a long list renders its new rows only, not every row again.
const ExtractionRow = memo(function ExtractionRow({ extraction }: { extraction: EntityExtraction }) {
  const status = extraction.status ? extractionStatusBadge(extraction.status) : null;
  const definitionName = extraction.siroEntityDefinitionName?.trim() || 'Unnamed extraction';
  const values = extraction.extraction?.items ?? [];
  const skippedValues = extraction.extraction?.skipped ?? 0;
  const { perValue, unclaimed } = valueMappings(extraction);
  const skippedMappings = values.reduce((sum, item) => sum + (item.mappings?.skipped ?? 0), extraction.mappings?.skipped ?? 0);
  return (
    <article className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h3 dir="auto" className="min-w-0 font-medium text-slate-900">
          <LongText text={definitionName} max={300} />
        </h3>
        {status && <Badge tone={status.tone}>{status.text}</Badge>}
        {extraction.siroEntityDefinitionDeleted && <Badge tone="warning">Definition deleted</Badge>}
      </div>
      {values.length === 0 ? (
        // Values that came but could not be read are not "no value": the notice below says so.
        skippedValues === 0 && (
          <p className="text-sm text-slate-600">
            {extraction.status === 'FAIL' ? 'Siro could not extract a value.' : 'No value extracted.'}
          </p>
        )
      ) : (
        <dl className="space-y-2 text-sm">
          {values.map((item, index) => {
            // A value without a name belongs to the definition it was extracted for.
            const name = item.name?.trim() || definitionName;
            return (
              <div key={index} className="min-w-0">
                {/* A lone value named like its heading needs no visible term, but its dd still needs a dt. */}
                <dt dir="auto" className={values.length > 1 || name !== definitionName ? 'text-slate-600' : 'sr-only'}>
                  <LongText text={name} max={300} />
                </dt>
                <dd className="text-slate-900">
                  <ValueView value={item.value} />
                  <Mappings mappings={perValue[index] ?? []} />
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      <Mappings mappings={unclaimed} />
      <SkippedNotice count={skippedValues} noun="value" plural="values" />
      <SkippedNotice count={skippedMappings} noun="CRM field" plural="CRM fields" />
    </article>
  );
});

export function ValueView({ value }: { value: ExtractionValue }) {
  if (Array.isArray(value)) {
    if (value.length === 0) return <Empty />;
    return (
      <ul className="list-inside list-disc">
        {value.map((entry, index) => (
          <li key={index}>
            <ValueView value={entry} />
          </li>
        ))}
      </ul>
    );
  }
  if (value === null || value === '') return <Empty />;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  if (typeof value === 'number') return <>{formatExactNumber(value)}</>;
  const moment = formatIsoText(value);
  if (moment) return <time dateTime={value.trim()}>{moment}</time>;
  return (
    <span dir="auto" className="whitespace-pre-line">
      <LongText text={value} />
    </span>
  );
}

function Empty() {
  return <span className="text-slate-500 italic">Empty</span>;
}

function Mappings({ mappings }: { mappings: CrmMapping[] }) {
  if (!mappings.length) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
      <span>Writes to</span>
      {mappings.map((mapping, index) => (
        <code key={index} dir="auto" className="rounded bg-slate-100 px-1.5 py-0.5 font-mono break-all text-slate-800">
          {mapping.crmModelName}.{mapping.crmFieldName}
        </code>
      ))}
    </p>
  );
}
