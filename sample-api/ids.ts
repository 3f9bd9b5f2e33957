// Every id the sample API knows, in one place so tests, the README and `npm start` agree.
// Real Siro ids are UUIDs, so the sample recordings use fixed UUIDs too; the special ids
// (processing, bench, faults) are readable on purpose.

/** 1. Roofing in-home appointment that closed: every section filled in. The default sample. */
export const COMPLETE_SALE_RECORDING_ID = '3f2a9c4e-7b1d-4e8a-9c35-1d6e8f0a2b47';

/**
 * 2. Solar door knock still being processed. The id itself, and any `<id>-<suffix>`, is a
 * separate recording whose first two requests answer "in-progress" and the third "complete".
 */
export const PROCESSING_RECORDING_ID = 'processing-8d4b6f1a-2c3e-4f5a-9b7c-0e1d2f3a4b5c';

/** 3. Windows follow-up visit the rep deleted: `deleted: true`, transcription REMOVED. */
export const DELETED_RECORDING_ID = 'c7e1b2d3-4a5f-4e60-8b71-92a3c4d5e6f7';

/** 4. HVAC replacement in Spanish: Spanish summary, extractions and transcript. */
export const SPANISH_RECORDING_ID = '5d8e2f14-9a3b-4c7d-b6e1-0f2a3b4c5d6e';

/** 5. Solar appointment lost on price and trust: NEGATIVE with objections. */
export const NEGATIVE_RECORDING_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

/** 6. Roofing door knock Siro could not match to a CRM record: NOT_FOUND, no opportunities. */
export const NO_CRM_MATCH_RECORDING_ID = 'e4f5a6b7-c8d9-4e0f-9a1b-2c3d4e5f6a7b';

/** 7. HVAC tune-up whose extractions hold every value kind, one FAIL and one unknown status. */
export const VALUE_KINDS_RECORDING_ID = '9b8a7c6d-5e4f-4a3b-a2c1-d0e9f8a7b6c5';

/** 8. Solar appointment with 400 generated extractions. */
export const MANY_EXTRACTIONS_RECORDING_ID = '7e6d5c4b-3a29-4180-b7f6-e5d4c3b2a190';

/** 9. French windows appointment, NEUTRAL outcome, no title. */
export const FRENCH_NEUTRAL_RECORDING_ID = '2c4e6a8b-0d1f-4357-9acb-df0123456789';

/** Benchmark: 2,000 extractions and 300 opportunities. */
export const BENCH_LARGE_RECORDING_ID = 'bench-large';

/**
 * Writes that go wrong: the complete sale under this id, whose follow-up (`<id>-followup`) and
 * outcome answer every PATCH with a 500, or with someone else's newer version.
 */
export const WRITE_FAULT_IDS = ['fault-write-500', 'fault-write-changed-elsewhere'] as const;

/**
 * Faults of the transcript, summary-section and audio endpoints. The recording itself is the
 * complete sale under the fault id; only the named endpoint misbehaves (see conversation-faults.ts).
 */
export const CONVERSATION_FAULT_IDS = [
  'fault-utterances-500',
  'fault-utterances-401',
  'fault-utterances-malformed',
  'fault-utterances-cursor-ignored',
  'fault-summary-500',
  'fault-summary-malformed',
  'fault-audio-url-error',
  'fault-audio-url-500',
  'fault-audio-url-expired',
  'fault-audio-404',
  'fault-document-500',
  'fault-document-broken-evaluation',
  'fault-engagement-500',
  ...WRITE_FAULT_IDS,
] as const;

export type ConversationFaultId = (typeof CONVERSATION_FAULT_IDS)[number];

export function isConversationFaultId(id: string): id is ConversationFaultId {
  return (CONVERSATION_FAULT_IDS as readonly string[]).includes(id);
}

/** Fault ids: each answers one way a real API, proxy or network can misbehave. */
export const FAULT_IDS = [
  'fault-403',
  'fault-422',
  'fault-429',
  'fault-429-no-retry-after',
  'fault-500',
  'fault-502-html',
  'fault-504-html',
  'fault-malformed-json',
  'fault-not-json',
  'fault-no-data',
  'fault-null-data',
  'fault-slow',
  'fault-hang',
  'fault-drop',
  'fault-partial',
  'fault-hostile',
  'fault-giant-title',
  ...CONVERSATION_FAULT_IDS,
] as const;

export type FaultId = (typeof FAULT_IDS)[number];

export function isFaultId(id: string): id is FaultId {
  return (FAULT_IDS as readonly string[]).includes(id);
}
