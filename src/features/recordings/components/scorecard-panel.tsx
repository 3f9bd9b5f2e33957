import { ChevronDown, Play } from 'lucide-react';
import { useId, useState } from 'react';

import { cn } from '@/components/ui/cn';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { cutText, LongText } from '@/components/ui/long-text';
import { EmptyState, SkippedNotice } from '@/components/ui/panel-frame';
import { formatNumber } from '@/lib/format';
import { formatTimestamp } from '@/lib/format-timestamp';
import { momentUrl } from '@/lib/moment-url';

import type { Evaluation } from '../api/recording-document-schema';
import { bandFor, type ScoreBand } from '../coaching/score-bands';
import { buildScorecard, type Criterion } from '../coaching/scorecard-tree';

type Props = { evaluation: Evaluation; bands: readonly ScoreBand[]; onSeek: (ms: number) => void };

const points = (earned: number | undefined, possible: number | undefined) =>
  earned === undefined ? '–' : possible === undefined ? formatNumber(earned) : `${formatNumber(earned)} / ${formatNumber(possible)}`;

/** A phone shows each criterion on one line until it is opened; a wider screen shows them open. */
const wideScreen = () =>
  typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 640px)').matches;

function Points({
  earned,
  possible,
  bands,
  color,
  label,
}: {
  earned?: number;
  possible?: number;
  bands: readonly ScoreBand[];
  color?: string;
  label: string;
}) {
  const band = bandFor(earned, possible, bands, color);
  return (
    <span
      className={cn(
        'inline-flex shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold tabular-nums',
        band.badge,
      )}
    >
      <span className="sr-only">{label}: </span>
      {points(earned, possible)}
      {band.label && <span className="font-normal">· {band.label}</span>}
    </span>
  );
}

function CriterionItem({ criterion, bands, onSeek }: { criterion: Criterion; bands: readonly ScoreBand[]; onSeek: (ms: number) => void }) {
  const [open, setOpen] = useState(wideScreen);
  const bodyId = useId();
  return (
    <li className="border-t border-slate-200 py-2 first:border-t-0">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
        className="flex w-full min-w-0 items-center gap-2 rounded text-left text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <ChevronDown aria-hidden="true" size={16} className={cn('shrink-0 text-slate-500 transition-transform', !open && '-rotate-90')} />
        <span dir="auto" className="min-w-0 flex-1 truncate font-medium text-slate-900">
          {cutText(criterion.name, 200)}
        </span>
        <Points earned={criterion.earned} possible={criterion.possible} color={criterion.color} bands={bands} label="Points" />
      </button>
      <div id={bodyId} hidden={!open} className="mt-2 space-y-2 pl-6 text-sm text-slate-800">
        {criterion.thinking && (
          <p dir="auto" className="break-words">
            <span className="font-semibold">Why: </span>
            <LongText text={criterion.thinking} />
          </p>
        )}
        {criterion.recommendation && (
          <p dir="auto" className="break-words">
            <span className="font-semibold">Recommendation: </span>
            <LongText text={criterion.recommendation} />
          </p>
        )}
        {!criterion.thinking && !criterion.recommendation && <p className="text-slate-600">Siro gave no reasoning for this criterion.</p>}
        {criterion.citations.length > 0 && (
          <ul aria-label={`Quotes cited for ${cutText(criterion.name, 200)}`} className="space-y-1">
            {criterion.citations.map((citation, index) => (
              <li key={`${citation.startMs}-${index}`} className="flex min-w-0 items-start gap-1">
                <button
                  type="button"
                  onClick={() => onSeek(citation.startMs)}
                  aria-label={`Play from ${formatTimestamp(citation.startMs)}: ${cutText(citation.quote)}`}
                  className="flex min-w-0 flex-1 items-start gap-2 rounded-md border border-slate-200 px-2 py-1 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  <Play aria-hidden="true" size={14} className="mt-1 shrink-0 text-brand-700" />
                  <span className="shrink-0 tabular-nums text-slate-600">{formatTimestamp(citation.startMs)}</span>
                  <q dir="auto" className="min-w-0 break-words">
                    {cutText(citation.quote)}
                  </q>
                </button>
                <CopyLinkButton
                  url={() => momentUrl(window.location, citation.startMs)}
                  label={`Copy link at ${formatTimestamp(citation.startMs)}`}
                  quiet
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** The scorecard: the total, then each section and criterion with why it scored what it did. */
export default function ScorecardPanel({ evaluation, bands, onSeek }: Props) {
  const scorecard = buildScorecard(evaluation);
  const { earned, possible } = scorecard;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p className="text-3xl font-semibold text-slate-900 tabular-nums">
          {earned === undefined ? '–' : formatNumber(earned)}
          {possible !== undefined && <span className="text-base font-normal text-slate-600"> / {formatNumber(possible)}</span>}
        </p>
        <Points earned={earned} possible={possible} bands={bands} label="Total" />
        {scorecard.name && (
          <p dir="auto" className="basis-full break-words text-sm text-slate-600">
            <LongText text={scorecard.name} max={300} />
          </p>
        )}
      </div>
      {scorecard.sections.length === 0 && <EmptyState>This scorecard has no criteria to show.</EmptyState>}
      {scorecard.sections.map((section) => (
        <SectionBlock key={section.id} name={section.name} earned={section.earned} possible={section.possible} bands={bands}>
          <ul>
            {section.criteria.map((criterion) => (
              <CriterionItem key={criterion.id} criterion={criterion} bands={bands} onSeek={onSeek} />
            ))}
          </ul>
        </SectionBlock>
      ))}
      <SkippedNotice count={scorecard.skipped} noun="part of the scorecard" plural="parts of the scorecard" />
    </div>
  );
}

function SectionBlock({
  name,
  earned,
  possible,
  bands,
  children,
}: {
  name: string;
  earned?: number;
  possible?: number;
  bands: readonly ScoreBand[];
  children: React.ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-slate-200 p-3">
      <div className="mb-1 flex min-w-0 items-center gap-2">
        <h3 id={headingId} dir="auto" className="min-w-0 flex-1 break-words text-sm font-semibold text-slate-900">
          <LongText text={name} max={300} />
        </h3>
        <Points earned={earned} possible={possible} bands={bands} label="Section points" />
      </div>
      {children}
    </section>
  );
}
