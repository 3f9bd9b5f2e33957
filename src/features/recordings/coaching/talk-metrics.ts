import { TALK_METRIC_FIELDS, type RecordingDocument, type TalkMetricField } from '../api/recording-document-schema';

// The talk metrics as Siro sends them, or, for a recording Siro computed none for, what the
// transcript itself allows: talk share, the longest monologue and customer story, questions.

export type TalkMetrics = Partial<Record<TalkMetricField, number>>;
export type TranscriptLine = { text: string; startMs: number; endMs?: number; speakerTag: string; redacted: boolean };

export function sentMetrics(document: RecordingDocument | null | undefined): TalkMetrics {
  const metrics: TalkMetrics = {};
  if (!document) return metrics;
  for (const field of TALK_METRIC_FIELDS) {
    const value = document[field];
    if (typeof value === 'number') metrics[field] = value;
  }
  return metrics;
}

/**
 * The rep's speaker tag: the one the speaker map names after the rep, else "0", which Siro
 * gives the person recording.
 */
export function repTagOf(speakerMap: ReadonlyMap<string, string>, repName: string | undefined): string {
  const wanted = repName?.trim().toLowerCase();
  if (wanted) for (const [tag, name] of speakerMap) if (name.trim().toLowerCase() === wanted) return tag;
  return '0';
}
