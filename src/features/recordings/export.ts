import type { List } from '@/lib/lenient';

import type { CrmMapping, ExtractionValue, Recording } from './api/recording-schema';
import { valueMappings } from './extraction-mappings';

/** A file name from the recording's title and ID: `whitaker-roof-replacement-3f2a9c4e.csv`. */
export function exportFileName(recording: Recording, extension: 'csv' | 'json'): string {
  const slug = (recording.title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  const id = recording.id.replace(/[^A-Za-z0-9-]/g, '').slice(0, 8) || 'recording';
  return `${slug ? `${slug}-` : 'recording-'}${id}.${extension}`;
}

const CSV_HEADER = ['Extraction', 'Field', 'Value', 'CRM field', 'Status'];

/** The extractions as CSV: one row per value, with the CRM field it is written to. */
export function extractionsToCsv(recording: Recording): string {
  const rows: string[][] = [CSV_HEADER];
  for (const extraction of recording.entityExtractions?.items ?? []) {
    const definition = extraction.siroEntityDefinitionName ?? '';
    const status = extraction.status ?? '';
    const values = extraction.extraction?.items ?? [];
    if (values.length === 0) rows.push([definition, '', '', mappingText(extraction.mappings?.items), status]);
    const { perValue, unclaimed } = valueMappings(extraction);
    values.forEach((item, index) => {
      rows.push([definition, item.name ?? '', valueText(item.value), mappingText(perValue[index]), status]);
    });
    if (unclaimed.length) rows.push([definition, '', '', mappingText(unclaimed), status]);
  }
  // CRLF line ends, per RFC 4180, so spreadsheet apps agree on rows.
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function mappingText(mappings: CrmMapping[] | undefined): string {
  return (mappings ?? []).map((m) => `${m.crmModelName}.${m.crmFieldName}`).join('; ');
}

function valueText(value: ExtractionValue): string {
  if (Array.isArray(value)) return value.map((entry) => valueText(entry)).join('; ');
  if (value === null) return '';
  return String(value);
}

function csvCell(value: string): string {
  // A cell starting with = + - @ runs as a formula in spreadsheet apps: keep it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The recording as held by the dashboard, lists written as plain arrays. */
export function recordingToJson(recording: Recording): string {
  return JSON.stringify(recording, (_key, value: unknown) => (isList(value) ? value.items : value), 2);
}

function isList(value: unknown): value is List<unknown> {
  return typeof value === 'object' && value !== null && 'items' in value && 'skipped' in value && Array.isArray(value.items);
}

export function downloadFile(name: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
