import { useId } from 'react';

import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { cutText } from '@/components/ui/long-text';
import { EmptyState, SkippedNotice } from '@/components/ui/panel-frame';
import { formatTimestamp } from '@/lib/format-timestamp';
import { momentUrl } from '@/lib/moment-url';

import type { Moment } from '../api/recording-document-schema';
import { kindGlyph, kindName, type MomentKindConfig } from '../coaching/moment-kinds';

type Props = {
  moments: readonly Moment[];
  skipped: number;
  kinds: readonly MomentKindConfig[];
  /** The kind shown, or null for every kind. */
  filter: string | null;
  onFilter: (kind: string | null) => void;
  onSeek: (ms: number) => void;
};

/** The moments Siro tagged, by time, filterable by kind; a click plays from there. */
export default function MomentsPanel({ moments, skipped, kinds, filter, onFilter, onSeek }: Props) {
  const filterId = useId();
  const sorted = [...moments].sort((a, b) => a.startMs - b.startMs);
  const names = new Map(sorted.map((moment) => [moment.kind, cutText(kindName(moment.kind, moment.bookmarkConfigId, kinds), 80)]));
  const counts = new Map<string, number>();
  for (const moment of sorted) counts.set(moment.kind, (counts.get(moment.kind) ?? 0) + 1);
  const active = filter !== null && counts.has(filter) ? filter : null;
  const shown = active === null ? sorted : sorted.filter((moment) => moment.kind === active);

  if (sorted.length === 0) {
    return (
      <>
        <EmptyState>Siro tagged no moments in this recording.</EmptyState>
        <SkippedNotice count={skipped} noun="moment" plural="moments" />
      </>
    );
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label htmlFor={filterId} className="text-slate-700">
          Show
        </label>
        <select
          id={filterId}
          value={active ?? ''}
          onChange={(event) => onFilter(event.target.value || null)}
          className="min-w-0 max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <option value="">Every kind ({sorted.length})</option>
          {[...counts].map(([kind, count]) => (
            <option key={kind} value={kind}>
              {names.get(kind)} ({count})
            </option>
          ))}
        </select>
      </div>
      <ol className="space-y-1">
        {shown.map((moment, index) => {
          const name = names.get(moment.kind) ?? cutText(moment.kind, 80);
          const at = formatTimestamp(moment.startMs);
          return (
            <li key={`${moment.startMs}-${moment.kind}-${index}`} className="flex min-w-0 items-start gap-1">
              <button
                type="button"
                onClick={() => onSeek(moment.startMs)}
                className="flex min-w-0 flex-1 items-start gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <span
                  aria-hidden="true"
                  className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full border border-slate-400 bg-white text-xs font-bold text-slate-800"
                >
                  {kindGlyph(moment.kind, name)}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block font-medium text-slate-900">
                    <span className="tabular-nums text-slate-600">{at}</span> <bdi>{name}</bdi>
                  </span>
                  {moment.preview && (
                    <span dir="auto" className="block break-words text-slate-700">
                      {cutText(moment.preview)}
                    </span>
                  )}
                </span>
              </button>
              <CopyLinkButton url={() => momentUrl(window.location, moment.startMs)} label={`Copy link at ${at}`} quiet />
            </li>
          );
        })}
      </ol>
      <SkippedNotice count={skipped} noun="moment" plural="moments" />
    </div>
  );
}
