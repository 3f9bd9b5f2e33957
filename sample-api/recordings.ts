// The sample recordings: which id answers what, the processing recording's per-id progress,
// and how the `show…` flags cut a recording down to the sections that were asked for.
import { COMPLETE_SALE_TRANSCRIPT } from './data/complete-sale-transcript.ts';
import { COMPLETE_SALE, COMPLETE_SALE_SUMMARY_SECTIONS, completeSaleAs } from './data/complete-sale.ts';
import { FRENCH_SUMMARY_SECTIONS, FRENCH_TRANSCRIPT } from './data/french-conversation.ts';
import { generatedTranscript } from './data/generated-conversations.ts';
import { BENCH_LARGE, MANY_EXTRACTIONS } from './data/generated.ts';
import { HOSTILE_SUMMARY_SECTIONS, HOSTILE_TRANSCRIPT } from './data/hostile-conversation.ts';
import { HOSTILE } from './data/hostile.ts';
import { GENERATED_RECORDINGS } from './data/inbox-recordings.ts';
import { NEGATIVE_SUMMARY_SECTIONS, NEGATIVE_TRANSCRIPT } from './data/negative-conversation.ts';
import { NO_CRM_MATCH_SUMMARY_SECTIONS, NO_CRM_MATCH_TRANSCRIPT } from './data/no-crm-match-conversation.ts';
import { DELETED, FRENCH_NEUTRAL, NEGATIVE, NO_CRM_MATCH } from './data/outcome-recordings.ts';
import { PROCESSING_SUMMARY_SECTIONS, PROCESSING_TRANSCRIPT } from './data/processing-conversation.ts';
import { processingRecording } from './data/processing.ts';
import { SITE_SURVEY_SUMMARY_SECTIONS, SITE_SURVEY_TRANSCRIPT } from './data/site-survey-conversation.ts';
import { SPANISH_TRANSCRIPT } from './data/spanish-transcript.ts';
import { SPANISH, SPANISH_SUMMARY_SECTIONS } from './data/spanish.ts';
import { VALUE_KINDS_SUMMARY_SECTIONS, VALUE_KINDS_TRANSCRIPT } from './data/value-kinds-conversation.ts';
import { VALUE_KINDS } from './data/value-kinds.ts';
import { FOLLOWUP_RECORDINGS } from './followups.ts';
import {
  COMPLETE_SALE_RECORDING_ID,
  FRENCH_NEUTRAL_RECORDING_ID,
  isConversationFaultId,
  MANY_EXTRACTIONS_RECORDING_ID,
  NEGATIVE_RECORDING_ID,
  NO_CRM_MATCH_RECORDING_ID,
  PROCESSING_RECORDING_ID,
  SPANISH_RECORDING_ID,
  VALUE_KINDS_RECORDING_ID,
} from './ids.ts';
import type { Recording, RecordingSections, SummarySection, Transcript } from './types.ts';

const FIXED: ReadonlyMap<string, Recording> = new Map(
  [
    COMPLETE_SALE,
    DELETED,
    SPANISH,
    NEGATIVE,
    NO_CRM_MATCH,
    VALUE_KINDS,
    MANY_EXTRACTIONS,
    FRENCH_NEUTRAL,
    BENCH_LARGE,
    HOSTILE,
    ...GENERATED_RECORDINGS,
    ...FOLLOWUP_RECORDINGS,
  ].map((recording) => [recording.id, recording]),
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
    if (isConversationFaultId(id)) return completeSaleAs(id);
    if (!isProcessingId(id)) return undefined;
    const seen = this.processingRequests.get(id) ?? 0;
    if (countAsView) this.remember(id, seen + 1);
    // The first PROCESSING_REQUESTS views see it in progress; the next one sees it complete. The
    // other endpoints follow the last view, so the transcript never comes before "complete".
    return processingRecording(id, countAsView ? seen >= PROCESSING_REQUESTS : seen > PROCESSING_REQUESTS);
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

/** What the transcript and v2 summary endpoints answer for one recording. */
export type Conversation = { transcript: Transcript; sections: SummarySection[] };

const NONE: Conversation = { transcript: { utterances: [], speakerMap: {} }, sections: [] };

const CONVERSATIONS: ReadonlyMap<string, Conversation> = new Map([
  [COMPLETE_SALE_RECORDING_ID, { transcript: COMPLETE_SALE_TRANSCRIPT, sections: COMPLETE_SALE_SUMMARY_SECTIONS }],
  [SPANISH_RECORDING_ID, { transcript: SPANISH_TRANSCRIPT, sections: SPANISH_SUMMARY_SECTIONS }],
  [NEGATIVE_RECORDING_ID, { transcript: NEGATIVE_TRANSCRIPT, sections: NEGATIVE_SUMMARY_SECTIONS }],
  [NO_CRM_MATCH_RECORDING_ID, { transcript: NO_CRM_MATCH_TRANSCRIPT, sections: NO_CRM_MATCH_SUMMARY_SECTIONS }],
  [VALUE_KINDS_RECORDING_ID, { transcript: VALUE_KINDS_TRANSCRIPT, sections: VALUE_KINDS_SUMMARY_SECTIONS }],
  [MANY_EXTRACTIONS_RECORDING_ID, { transcript: SITE_SURVEY_TRANSCRIPT, sections: SITE_SURVEY_SUMMARY_SECTIONS }],
  [FRENCH_NEUTRAL_RECORDING_ID, { transcript: FRENCH_TRANSCRIPT, sections: FRENCH_SUMMARY_SECTIONS }],
  [HOSTILE.id, { transcript: HOSTILE_TRANSCRIPT, sections: HOSTILE_SUMMARY_SECTIONS }],
]);

/** The generated inbox and follow-up recordings: a transcript written from each, no summary sections. */
const GENERATED_CONVERSATIONS: ReadonlyMap<string, Conversation> = new Map(
  [...GENERATED_RECORDINGS, ...FOLLOWUP_RECORDINGS].map((recording) => [
    recording.id,
    { transcript: generatedTranscript(recording), sections: [] },
  ]),
);

/**
 * The transcript and summary sections of a recording. The deleted one has none (Siro removed
 * them), the processing one only once it is complete, the benchmark none (it measures panels).
 */
export function conversationFor(recording: Recording): Conversation {
  if (isProcessingId(recording.id)) {
    return recording.processingStatus === 'complete' ? { transcript: PROCESSING_TRANSCRIPT, sections: PROCESSING_SUMMARY_SECTIONS } : NONE;
  }
  if (isConversationFaultId(recording.id)) return CONVERSATIONS.get(COMPLETE_SALE_RECORDING_ID) ?? NONE;
  return CONVERSATIONS.get(recording.id) ?? GENERATED_CONVERSATIONS.get(recording.id) ?? NONE;
}

/** How long the audio is: the recording's duration, or the transcript's when that is longer or unknown. */
export function audioDurationMs(recording: Recording): number {
  const lastEnd = conversationFor(recording).transcript.utterances.at(-1)?.endTimeInMillis ?? 0;
  const duration = recording.durationInMilliseconds;
  return typeof duration === 'number' && Number.isFinite(duration) ? Math.max(duration, lastEnd) : lastEnd;
}
