import { controlClass } from '@/components/ui/field-styles';
import { OutlineIcon } from '@/components/ui/outline-icon';
import { parseFollowupPage, type Followup } from '@/features/followups/api/followup-schema';
import {
  FollowupCard,
  followupName,
  plainFollowupLink,
  QUEUE_ROW_CLASS,
  QueueFrame,
  queueTotal,
} from '@/features/followups/components/followup-card';
import { FOLLOWUP_FILTERS, followupFiltersFromSearch } from '@/features/followups/filters';
import { followupStatusBadge } from '@/features/followups/labels';
import { FOLLOWUP_STATUSES } from '@/features/followups/request';
import { clippedText } from '@/lib/clip-text';
import { countActiveFilters } from '@/lib/url-filters';

import { BarPlaceholder, FiltersLookalike, onPhone, paintOverRoot, parseJson } from './paint-parts';

// The follow-up queue, as the inbox: on a phone, over React's root, its controls inert look-alikes
// (FollowupActions' closed state, its select holding every option so it is as wide).

function StarIcon({ starred }: { starred: boolean }) {
  return (
    <OutlineIcon className={`size-4 ${starred ? 'fill-amber-400 text-amber-600' : 'text-slate-500'}`}>
      <path d="M11.525 2.295a.53.53 0 0 1 .95 0l2.31 4.679a2.123 2.123 0 0 0 1.595 1.16l5.166.756a.53.53 0 0 1 .294.904l-3.736 3.638a2.123 2.123 0 0 0-.611 1.878l.882 5.14a.53.53 0 0 1-.771.56l-4.618-2.428a2.122 2.122 0 0 0-1.973 0L6.396 21.01a.53.53 0 0 1-.77-.56l.881-5.139a2.122 2.122 0 0 0-.611-1.879L2.16 9.795a.53.53 0 0 1 .294-.906l5.165-.755a2.122 2.122 0 0 0 1.597-1.16z" />
    </OutlineIcon>
  );
}

/** FollowupActions with nothing typed or saving, inert: nothing typed before React would be lost. */
export function FollowupActionsLookalike({ followup }: { followup: Followup }) {
  const { status, starred } = followup;
  const known = (FOLLOWUP_STATUSES as readonly (string | null | undefined)[]).includes(status);
  return (
    <div inert role="group" aria-label={`Work on ${followupName(followup)}`} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <span className="block text-xs font-medium text-slate-700">Status</span>
          <select className={controlClass}>
            {!known && <option selected>{status ? 'Other' : 'Not set'}</option>}
            {FOLLOWUP_STATUSES.map((value) => (
              <option key={value} selected={value === status}>
                {followupStatusBadge(value).text}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={`${controlClass} inline-flex items-center gap-1.5 font-medium hover:bg-slate-50`}>
          <StarIcon starred={starred === true} />
          Star
        </button>
      </div>
      <form className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow space-y-1">
          <span className="block text-xs font-medium text-slate-700">Note</span>
          <textarea rows={2} className={`${controlClass} block w-full`} />
        </div>
        <button
          type="button"
          disabled
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
        >
          Add note
        </button>
      </form>
      <p className="text-sm empty:hidden" />
    </div>
  );
}

type QueueProps = { rows: readonly Followup[]; total: string };

/** The queue page with its first rows, from the same components React renders. */
export function QueueFirstScreen({ rows, total, activeCount }: QueueProps & { activeCount: number }) {
  return (
    <>
      <BarPlaceholder />
      <main aria-busy="true" className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
        <QueueFrame total={total} filters={<FiltersLookalike activeCount={activeCount} />}>
          <div>
            <ul aria-label="Follow-ups">
              {rows.map((followup) => (
                <li key={followup.followupId} className={QUEUE_ROW_CLASS}>
                  <FollowupCard
                    followup={followup}
                    link={plainFollowupLink}
                    text={clippedText}
                    note={followup.note && <bdi className="break-words whitespace-pre-line">{clippedText(followup.note)}</bdi>}
                    actions={<FollowupActionsLookalike followup={followup} />}
                  />
                </li>
              ))}
            </ul>
          </div>
        </QueueFrame>
      </main>
    </>
  );
}

/** Rows the early paint draws: a phone's screen shows two or three; React draws those near it. */
const EARLY_ROWS = 8;

/**
 * Draws the queue from its first page (`text`) as paintInbox draws the inbox: on a phone, when
 * it has rows and the app has not started drawing; the queue removes it once its rows are measured.
 */
export function paintFollowups(root: HTMLElement, text: string) {
  if (root.childElementCount > 0 || !onPhone()) return;
  const page = parseFollowupPage(parseJson(text));
  const filters = followupFiltersFromSearch(window.location.search);
  const byType = filters.type.length > 0;
  const loaded = page?.followups.items ?? [];
  const rows = byType ? loaded.filter((row) => filters.type.includes(row.followupType as never)) : loaded;
  if (!page || !rows.length) return;
  paintOverRoot(
    root,
    <QueueFirstScreen
      rows={rows.slice(0, EARLY_ROWS)}
      total={queueTotal(page, rows, loaded.length, byType)}
      activeCount={countActiveFilters(FOLLOWUP_FILTERS, filters)}
    />,
  );
}
