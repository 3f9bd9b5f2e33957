import { useMemo } from 'react';

import { Details } from '@/components/ui/panel';
import { EmptyState } from '@/components/ui/panel-frame';
import { formatNumber } from '@/lib/format';
import { formatTimestamp } from '@/lib/format-timestamp';

import type { TalkMetrics, TranscriptLine } from '../coaching/talk-metrics';
import { metricsFromTranscript } from '../coaching/transcript-talk-metrics';

type Props = {
  /** Siro's metrics; or `transcript`, the lines to compute them from (with the rep's speaker tag). */
  metrics?: TalkMetrics;
  transcript?: { lines: readonly TranscriptLine[]; repTag: string };
  /** The metrics were computed here from the transcript, Siro having sent none. */
  fromTranscript: boolean;
  /** Siro sent none and the transcript is still loading. */
  loading?: boolean;
};

const duration = (ms: number | undefined) => (ms === undefined ? undefined : formatTimestamp(ms));
const number = (value: number | undefined) => (value === undefined ? undefined : formatNumber(value));

/** How the conversation went: who talked, for how long at a stretch, who asked. */
export default function TalkMetricsPanel({ metrics: sent = {}, transcript, fromTranscript, loading }: Props) {
  const metrics = useMemo(() => (transcript ? metricsFromTranscript(transcript.lines, transcript.repTag) : sent), [transcript, sent]);
  if (Object.keys(metrics).length === 0) {
    return (
      <EmptyState>
        {loading
          ? 'Computing the talk metrics from the transcript…'
          : 'No talk metrics for this recording, and no transcript to compute them from.'}
      </EmptyState>
    );
  }
  const share = metrics.repSpeakerShare;
  const repShare = share === undefined ? undefined : Math.min(100, Math.max(0, share));
  const questions =
    metrics.repQuestionsCount === undefined && metrics.customerQuestionsCount === undefined
      ? undefined
      : `Rep ${number(metrics.repQuestionsCount) ?? '–'} · Customer ${number(metrics.customerQuestionsCount) ?? '–'}`;
  return (
    <div className="space-y-4">
      {fromTranscript && (
        <p className="text-sm text-slate-700">
          Siro sent no talk metrics for this recording: these are computed from its transcript, and the rest are not available.
        </p>
      )}
      {repShare !== undefined && (
        <div>
          <p className="mb-1 flex justify-between text-sm font-medium text-slate-900">
            <span>Rep {formatNumber(Math.round(repShare))}%</span>
            <span>Customer {formatNumber(Math.round(100 - repShare))}%</span>
          </p>
          <div
            role="img"
            aria-label={`Talk share: rep ${Math.round(repShare)}%, customer ${Math.round(100 - repShare)}%`}
            className="flex h-3 w-full overflow-hidden rounded-full border border-slate-400 bg-white"
          >
            <div className="h-full bg-brand-600" style={{ width: `${repShare}%` }} />
            <div className="h-full bg-slate-300" style={{ width: `${100 - repShare}%` }} />
          </div>
        </div>
      )}
      <Details
        items={[
          ['Longest monologue (rep)', duration(metrics.longestMonologueMillis)],
          ['Longest customer story', duration(metrics.longestCustomerStoryMillis)],
          ['Questions asked', questions],
          ['Rep words per minute', number(metrics.repWordsPerMinute)],
          ['Rep filler words per minute', number(metrics.repFillerWordsPerMin)],
          ['Interactivity', number(metrics.interactivityScore)],
        ]}
      />
    </div>
  );
}
