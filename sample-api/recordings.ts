// The sample recordings: which id answers what, the processing recording's per-id progress,
// and how the `show…` flags cut a recording down to the sections that were asked for.
import { COMPLETE_SALE, COMPLETE_SALE_SUMMARY_SECTIONS } from './data/complete-sale.ts';
import { COMPLETE_SALE_TRANSCRIPT } from './data/complete-sale-transcript.ts';
import { BENCH_LARGE, MANY_EXTRACTIONS } from './data/generated.ts';
import { DELETED, FRENCH_NEUTRAL, NEGATIVE, NO_CRM_MATCH } from './data/outcome-recordings.ts';
import { processingRecording } from './data/processing.ts';
import { SPANISH } from './data/spanish.ts';
import { SPANISH_TRANSCRIPT } from './data/spanish-transcript.ts';
import { VALUE_KINDS } from './data/value-kinds.ts';
import { COMPLETE_SALE_RECORDING_ID, PROCESSING_RECORDING_ID, SPANISH_RECORDING_ID } from './ids.ts';
import type { Recording, RecordingSections, SummarySection, Transcript } from './types.ts';

const FIXED: ReadonlyMap<string, Recording> = new Map(
  [COMPLETE_SALE, DELETED, SPANISH, NEGATIVE, NO_CRM_MATCH, VALUE_KINDS, MANY_EXTRACTIONS, FRENCH_NEUTRAL, BENCH_LARGE].map(
    (recording) => [recording.id, recording],
  ),
);

/** Ids longer than this are answered "not found" without being looked at or remembered. */
export const MAX_ID_LENGTH = 1_000;
/** Requests a processing recording answers "in-progress" before it is complete. */
export const PROCESSING_REQUESTS = 2;
/** Bound on remembered processing ids, so a client inventing ids cannot grow memory forever. */
const MAX_TRACKED_PROCESSING_IDS = 10_000;

/** The processing id and every `<id>-<suffix>`, so each test can start a fresh cycle. */
export function isProcessingId(id: string): boolean {
  return id === PROCESSING_RECORDING_ID || (id.startsWith(`${PROCESSING_RECORDING_ID}-`) && id.length > PROCESSING_RECORDING_ID.length + 1);
}

/** Per-server state: each `createSampleApi()` starts every processing recording from zero. */
export class RecordingStore {
  private readonly processingRequests = new Map<string, number>();

  /**
   * The recording under `id`. `countAsView` is true for the detail endpoint only: that is the
   * request a dashboard polls, so it is what moves a processing recording forward.
   */
  find(id: string, countAsView: boolean): Recording | undefined {
    if (id.length > MAX_ID_LENGTH) return undefined;
    const fixed = FIXED.get(id);
    if (fixed) return fixed;
    if (!isProcessingId(id)) return undefined;
    const seen = this.processingRequests.get(id) ?? 0;
    if (countAsView) this.remember(id, seen + 1);
    // The first PROCESSING_REQUESTS views see it in progress; the next one sees it complete.
    return processingRecording(id, seen >= PROCESSING_REQUESTS);
  }

  private remember(id: string, count: number) {
    this.processingRequests.delete(id);
    if (this.processingRequests.size >= MAX_TRACKED_PROCESSING_IDS) {
      const oldest = this.processingRequests.keys().next().value;
      if (oldest !== undefined) this.processingRequests.delete(oldest);
    }
    this.processingRequests.set(id, count);
  }
}

/** Each optional section and the query flag that asks for it. */
export const SECTION_FLAGS: readonly [keyof RecordingSections, string][] = [
  ['summary', 'showSummary'],
  ['crmCustomer', 'showCrmCustomers'],
  ['crmOpportunities', 'showCrmOpportunities'],
  ['entityExtractions', 'showEntityExtractions'],
  ['evaluationScore', 'showEvaluationScore'],
  ['followups', 'showFollowups'],
];

/**
 * The recording as Siro answers it for these flags: a section is present only when its flag is
 * exactly the string "true" ("TRUE", "1" or an empty value do not count). Works on plain JSON
 * too, so the broken fault recordings go through the same door.
 */
export function withRequestedSections(recording: object, query: URLSearchParams): Record<string, unknown> {
  const sections = new Set<string>(SECTION_FLAGS.map(([section]) => section));
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(recording)) {
    if (!sections.has(key)) result[key] = value;
  }
  for (const [section, flag] of SECTION_FLAGS) {
    const value: unknown = (recording as Record<string, unknown>)[section];
    if (query.get(flag) === 'true' && value !== undefined) result[section] = value;
  }
  return result;
}

const TRANSCRIPTS: ReadonlyMap<string, Transcript> = new Map([
  [COMPLETE_SALE_RECORDING_ID, COMPLETE_SALE_TRANSCRIPT],
  [SPANISH_RECORDING_ID, SPANISH_TRANSCRIPT],
]);

/** The transcript of a recording; known recordings without one answer an empty transcript. */
export function transcriptFor(recording: Recording): Transcript {
  return TRANSCRIPTS.get(recording.id) ?? { utterances: [], speakerMap: {} };
}

export function summarySectionsFor(recording: Recording): SummarySection[] {
  return recording.id === COMPLETE_SALE_RECORDING_ID ? COMPLETE_SALE_SUMMARY_SECTIONS : [];
}
