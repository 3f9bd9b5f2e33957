import { formatDateTime, formatDuration } from '@/lib/format';
import { outcomeBadge } from './labels';
import { isStillProcessing, processingInWords, transcriptionInWords } from './recording-status';

// What a manager sees first, the header and the summary: their words and classes, shared by
// the React components and the boot script's early paint, which gets the raw answer before
// the app (and its schema) has loaded: hence the loose field types. Same words, same classes:
// nothing moves when React replaces the early paint (e2e/first-screen.spec.ts checks it).

export type HeaderFields = {
  title?: unknown;
  dateCreated?: unknown;
  durationInMilliseconds?: unknown;
  conversationType?: unknown;
  transcriptionLanguage?: unknown;
  transcriptionStatus?: unknown;
  processingStatus?: unknown;
  universalOutcomeLabel?: unknown;
  deleted?: unknown;
};

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

export function headerView(fields: HeaderFields) {
  const dateCreated = text(fields.dateCreated);
  const outcome = text(fields.universalOutcomeLabel);
  const transcription = text(fields.transcriptionStatus);
  const processing = text(fields.processingStatus);
  const duration = typeof fields.durationInMilliseconds === 'number' ? formatDuration(fields.durationInMilliseconds) : null;
  return {
    title: text(fields.title) ?? 'Untitled recording',
    outcome: outcome ? outcomeBadge(outcome) : null,
    dateCreated,
    recordedAt: formatDateTime(dateCreated),
    facts: [
      ['Duration', duration],
      ['Conversation type', text(fields.conversationType)],
      ['Language', text(fields.transcriptionLanguage)],
      ['Transcription', transcription && transcriptionInWords(transcription)],
      ['Processing', processing && processingInWords(processing)],
    ] as Array<[term: string, value: string | null]>,
    deleted: fields.deleted === true,
    processing: isStillProcessing({ deleted: fields.deleted === true, processingStatus: processing ?? undefined, transcriptionStatus: transcription ?? undefined }),
  };
}

export const HEADER_TEXT = {
  deleted: 'This recording was deleted. What Siro still holds is shown for reference.',
  processing: 'Siro is still processing this recording; the page refreshes on its own until it is done.',
  noDate: 'Recording date not available',
  notAvailable: 'Not available',
  ids: 'Recording IDs',
} as const;

export const headerClasses = {
  card: 'min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5',
  deleted: 'mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900',
  titleRow: 'flex flex-wrap items-start justify-between gap-2',
  title: 'min-w-0 text-xl font-semibold text-slate-900 sm:text-2xl',
  outcome: 'flex items-center gap-1 text-sm',
  recordedAt: 'mt-1 text-sm text-slate-600',
  processing: 'mt-2 text-sm text-brand-900',
  facts: 'mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm',
  fact: 'flex min-w-0 gap-1.5',
  term: 'text-slate-600',
  value: 'min-w-0 font-medium text-slate-900',
  missing: 'font-normal text-slate-500',
  ids: 'mt-3 border-t border-slate-100 pt-2 text-sm',
  idsSummary: 'cursor-pointer py-1 text-slate-700 select-none',
} as const;

export const summaryClasses = {
  text: 'max-w-3xl space-y-3 text-[15px] leading-relaxed text-slate-800',
  paragraph: 'whitespace-pre-line',
} as const;

/** The plain summary's paragraphs, split at blank lines; none when there is no text. */
export function summaryParagraphs(summary: unknown): string[] {
  const text = typeof summary === 'string' ? summary.trim() : '';
  return text ? text.split(/\n\s*\n/) : [];
}
