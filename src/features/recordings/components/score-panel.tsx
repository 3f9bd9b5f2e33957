import { memo } from 'react';

import { EmptyState, UnreadableState } from '@/components/ui/panel-frame';
import { formatNumber } from '@/lib/format';

import { Unreadable } from '../api/recording-schema';

// Siro documents the score only as a number; out of 100 is this page's assumption. So only a
// score within 0–100 gets that scale and a meter; any other is shown as the bare number.
const MAX_SCORE = 100;

type Props = { score: number | Unreadable | null | undefined; deleted?: boolean };

export const ScorePanel = memo(function ScorePanel({ score, deleted = false }: Props) {
  if (score instanceof Unreadable) return <UnreadableState>Siro sent a score, but it could not be read.</UnreadableState>;
  if (score == null)
    return <EmptyState>{deleted ? 'This recording was deleted before it was scored.' : 'No score for this recording yet.'}</EmptyState>;
  if (score < 0 || score > MAX_SCORE) return <p className="text-3xl font-semibold text-slate-900">{formatNumber(score)}</p>;
  return (
    <div className="space-y-2">
      <p className="text-3xl font-semibold text-slate-900">
        <span>{formatNumber(score)}</span>
        <span className="text-base font-normal text-slate-600"> / {MAX_SCORE}</span>
      </p>
      <meter
        min={0}
        max={MAX_SCORE}
        low={50}
        high={80}
        optimum={MAX_SCORE}
        value={score}
        aria-label={`Evaluation score ${formatNumber(score)} out of ${MAX_SCORE}`}
        className="h-3 w-full"
      />
      <div aria-hidden="true" className="flex justify-between text-xs text-slate-500">
        <span>0</span>
        <span>50</span>
        <span>100</span>
      </div>
    </div>
  );
});
