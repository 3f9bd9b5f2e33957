import type { BadgeTone } from '@/components/ui/badge';
import { humanize } from '@/lib/format';
import { lookup } from '@/lib/lookup';

const outcomeTone = lookup<BadgeTone>({
  POSITIVE: 'positive',
  NEGATIVE: 'negative',
  NEUTRAL: 'neutral',
});

/** Known outcomes get a colour; an unknown label is a plain badge with its own text. */
export function outcomeBadge(label: string): { tone: BadgeTone; text: string } {
  const tone = outcomeTone(label);
  return tone ? { tone, text: humanize(label) } : { tone: 'neutral', text: label };
}

const matchingSource = lookup({
  DIRECT: { text: 'Direct match', explanation: 'Linked to this CRM record directly.' },
  FUZZY: {
    text: 'Fuzzy match',
    explanation: 'Matched by similar name, address or contact details: worth a check.',
  },
  NOT_FOUND: { text: 'Not found', explanation: 'No CRM record matched this conversation.' },
});

export function matchingSourceInWords(source: string) {
  return matchingSource(source) ?? { text: source, explanation: null };
}

const extractionStatus = lookup<{ text: string; tone: BadgeTone }>({
  IN_PROGRESS: { text: 'In progress', tone: 'info' },
  SUCCESS: { text: 'Extracted', tone: 'positive' },
  FAIL: { text: 'Failed', tone: 'negative' },
  SYNCED: { text: 'Synced to CRM', tone: 'positive' },
});

export function extractionStatusBadge(status: string): { text: string; tone: BadgeTone } {
  return extractionStatus(status) ?? { text: status, tone: 'neutral' };
}

const CUSTOMER_TYPES = new Set(['ACCOUNT', 'LEAD', 'OPPORTUNITY', 'ENGAGEMENT', 'CONTACT']);

export function customerTypeInWords(type: string): string {
  if (type === 'DMS_OPPORTUNITY') return 'DMS opportunity';
  return CUSTOMER_TYPES.has(type) ? humanize(type) : type;
}

/** `MAIN_OBJECTION` → "Main objection"; a header that is already words stays as written. */
export const contextHeaderInWords = (header: string) => (/^[A-Z0-9_]+$/.test(header) ? humanize(header) : header);

/** "Acme Salesforce · Salesforce", and a name that already is the platform ("Salesforce") once. */
export function integrationInWords({
  integrationName,
  integrationPlatform,
}: {
  integrationName?: string | null;
  integrationPlatform?: string | null;
}) {
  const name = integrationName?.trim();
  const platform = integrationPlatform?.trim() && humanize(integrationPlatform.trim());
  if (name && platform && name.toLowerCase() === platform.toLowerCase()) return name;
  return [name, platform].filter(Boolean).join(' · ');
}
