import { memo } from 'react';
import { EmptyState } from '@/components/ui/panel';
import { formatNumber } from '@/lib/format';

// Siro scores conversations out of 100.
const MAX_SCORE = 100;

export const ScorePanel = memo(function ScorePanel({ score }: { score: number | null | undefined }) {
  if (score == null) return <EmptyState>No score for this recording yet.</EmptyState>;
  const shown = Math.min(Math.max(score, 0), MAX_SCORE);
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
        value={shown}
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
