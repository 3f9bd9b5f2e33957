import type { SummarySection } from '@/features/conversation/api/summary-sections-schema';
import type { Address, CrmCustomer, FirstScreenRecording, Opportunity } from '@/features/recordings/api/recording-schema';
import { UNREADABLE, type Unreadable } from '@/features/recordings/api/unreadable';
import type { List } from '@/lib/lenient';

// The early paint reads the recording's first screen and the summary sections as the app's
// schemas do (firstScreenResponseSchema, parseSummarySections), to the value, without valibot and
// the app's schemas: some 4 KB less to download and run before the page's text.
// read-answers.test.ts holds both to the schemas, on broken answers too.

type Fields = Record<string, unknown>;

const isObject = (input: unknown): input is Fields => typeof input === 'object' && input !== null;
const isFiniteNumber = (input: unknown): input is number => typeof input === 'number' && Number.isFinite(input);
const isString = (input: unknown): input is string => typeof input === 'string';
const isDate = (input: unknown): input is string => isString(input) && !Number.isNaN(Date.parse(input));

/** lenient(): missing or null as sent, undefined when malformed. */
function lenient<T>(input: unknown, valid: (input: unknown) => input is T): T | null | undefined {
  if (input === null) return null;
  return valid(input) ? input : undefined;
}
const text = (input: unknown) => lenient(input, isString);
const numeric = (input: unknown) => lenient(input, isFiniteNumber);
const date = (input: unknown) => lenient(input, isDate);

/** readable(): missing or null as sent, UNREADABLE when malformed. */
function readable<T>(input: unknown, read: (input: unknown) => T | null): T | Unreadable | null | undefined {
  if (input == null) return input;
  return read(input) ?? UNREADABLE;
}

/** Items that are objects, read; the others skipped and counted. Null and missing stay so. */
function list<T>(input: unknown, read: (item: Fields) => T): List<T> | null | undefined {
  if (input == null) return input;
  if (!Array.isArray(input)) return { items: [], skipped: 1 };
  const items = input.filter(isObject).map(read);
  return { items, skipped: input.length - items.length };
}

function fieldsOf<K extends string, T>(input: Fields, keys: readonly K[], read: (input: unknown) => T): Record<K, T> {
  return Object.fromEntries(keys.map((key) => [key, read(input[key])])) as Record<K, T>;
}

const CUSTOMER_TEXT = [
  'id',
  'name',
  'crmUrl',
  'customerType',
  'matchingSource',
  'emailAddress',
  'phoneNumber',
  'externalId',
  'address',
  'disposition',
  'integrationName',
  'integrationPlatform',
] as const;
const customer = (input: Fields): CrmCustomer => ({
  ...fieldsOf(input, CUSTOMER_TEXT, text),
  ...fieldsOf(input, ['createdAt', 'updatedAt', 'lastActivityAt'] as const, date),
  amount: numeric(input.amount),
});

const address = (input: Fields): Address => fieldsOf(input, ['street', 'city', 'state', 'zip', 'country'] as const, text);

const OPPORTUNITY_TEXT = [
  'opportunityExternalId',
  'name',
  'accountName',
  'accountExternalId',
  'disposition',
  'integrationName',
  'integrationPlatform',
] as const;
const opportunity = (input: Fields): Opportunity => ({
  ...fieldsOf(input, OPPORTUNITY_TEXT, text),
  amount: numeric(input.amount),
  closedAt: date(input.closedAt),
  addresses: list(input.addresses, address),
});

const RECORDING_TEXT = [
  'title',
  'transcriptionStatus',
  'processingStatus',
  'conversationType',
  'transcriptionLanguage',
  'universalOutcomeLabel',
] as const;

/** The recording's first screen from its answer (`body`, parsed JSON), or null when it has no id. */
export function readFirstScreen(body: unknown): FirstScreenRecording | null {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data) || !isString(data.id) || data.id === '') return null;
  return {
    id: data.id,
    ...fieldsOf(data, RECORDING_TEXT, text),
    dateCreated: date(data.dateCreated),
    deleted: typeof data.deleted === 'boolean' ? data.deleted : false,
    durationInMilliseconds: numeric(data.durationInMilliseconds),
    summary: readable(data.summary, (input) => (isString(input) ? input : null)),
    crmCustomer: readable(data.crmCustomer, (input) => (isObject(input) && !Array.isArray(input) ? customer(input) : null)),
    crmOpportunities: list(data.crmOpportunities, opportunity),
    evaluationScore: readable(data.evaluationScore, (input) => (isFiniteNumber(input) ? input : null)),
  };
}

function quote(input: unknown): SummarySection['quotes'][number] | null {
  if (!isObject(input) || !isString(input.quote) || !isFiniteNumber(input.startTimeInMillis)) return null;
  const quoted = input.quote.trim();
  return quoted && input.startTimeInMillis >= 0 ? { text: quoted, startMs: input.startTimeInMillis } : null;
}

function section(input: Fields): SummarySection | null {
  const id = lenient(input.id, (value): value is string | number => isString(value) || isFiniteNumber(value));
  const quotes = Array.isArray(input.quotes) ? input.quotes.map(quote).filter((item) => item !== null) : [];
  const read = {
    id: id === undefined ? undefined : String(id),
    header: text(input.promptHeader)?.trim() || 'Summary',
    text: text(input.promptResponse)?.trim() ?? '',
    order: numeric(input.summaryResultIndex) ?? Number.POSITIVE_INFINITY,
    quotes,
  };
  return read.text !== '' || quotes.length > 0 ? read : null;
}

/** The sections in Siro's order, or null when the answer is not a summary at all. */
export function readSummarySections(body: unknown): SummarySection[] | null {
  if (!isObject(body) || !('data' in body)) return null;
  if (!Array.isArray(body.data)) return [];
  const sections = body.data.filter(isObject).map(section);
  // Sort is stable: sections without an index keep their order, after the numbered ones.
  return sections.filter((item) => item !== null).sort((a, b) => (a.order === b.order ? 0 : a.order - b.order));
}
