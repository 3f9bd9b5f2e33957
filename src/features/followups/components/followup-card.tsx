import type { ReactNode } from 'react';

import { Badge } from '@/components/ui/badge';
import { clippedText, type ShowText } from '@/lib/clip-text';
import { formatCurrency, formatDateTime, formatNumber } from '@/lib/format';

import type { Followup } from '../api/followup-schema';
import { followupStatusBadge, followupTypeInWords } from '../labels';

// The queue's page and row, hook-free: React renders them with its controls in the slots, and the
// boot script draws them (with inert look-alikes of the controls) before React has loaded, so
// nothing moves when React takes over.

/**
 * A row's box: the gap between rows inside it, so rows are sized (and drawn early) whole, and
 * room around the card for its shadow, which the list cuts off outside a row (infinite-list).
 */
export const QUEUE_ROW_CLASS = '-mx-1 px-1 pt-1 pb-2';

/** The link to a follow-up's recording: the app's navigates in the app, the early paint's is a plain link. */
export type FollowupLinkProps = { recordingId: string; className: string; children: ReactNode };

type CardProps = {
  followup: Followup;
  link: (props: FollowupLinkProps) => ReactNode;
  /** API text within `max` characters: the app's with Show more, the early paint's cut. */
  text: ShowText;
  /** The latest note, someone's words (the app's with their links). */
  note: ReactNode;
  actions: ReactNode;
};

const typeOf = (followup: Followup) => (followup.followupType ? clippedText(followupTypeInWords(followup.followupType), 80) : 'Follow-up');
const titleOf = (followup: Followup) => clippedText(followup.recordingTitle?.trim() || 'Untitled recording', 300);

/** Names the controls of one follow-up among many. */
export const followupName = (followup: Followup) => `${typeOf(followup)}: ${titleOf(followup)}`;

/** One follow-up of the queue: what to do, for whom, worth what, then `actions` to work it. */
export function FollowupCard({ followup, link, text, note, actions }: CardProps) {
  const type = typeOf(followup);
  const status = followup.status ? followupStatusBadge(followup.status) : null;
  const title = titleOf(followup);
  const revenue = formatCurrency(followup.potentialRevenue);
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="min-w-0 font-semibold text-slate-900">
          {followup.recordingId ? (
            link({
              recordingId: followup.recordingId,
              className: 'break-words text-brand-700 underline underline-offset-2 hover:text-brand-900',
              children: <bdi>{title}</bdi>,
            })
          ) : (
            <bdi className="break-words">{title}</bdi>
          )}
        </h2>
        <Badge tone="neutral">{type}</Badge>
        {followup.score != null && <Badge tone="info">Score {followup.score} of 5</Badge>}
        {status && <Badge tone={status.tone}>{status.text}</Badge>}
        {followup.starred && <Badge tone="warning">Starred</Badge>}
      </div>
      {followup.followupAction && (
        <p dir="auto" className="break-words text-sm text-slate-800">
          {text(followup.followupAction)}
        </p>
      )}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
        <Fact term="Rep" value={followup.repName} text={text} />
        <Fact term="Team" value={followup.teamName} text={text} />
        <Fact term="Customer" value={followup.crmCustomer?.name} text={text} />
        <Fact term="Potential revenue" value={revenue} text={text} />
        <Fact term="Created" value={formatDateTime(followup.dateCreated)} text={text} />
      </dl>
      {followup.note && (
        <p className="text-sm text-slate-800">
          <span className="font-medium">Latest note: </span>
          {note}
        </p>
      )}
      {actions}
    </article>
  );
}

function Fact({ term, value, text }: { term: string; value: string | null | undefined; text: ShowText }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-600">{term}</dt>
      <dd dir="auto" className="break-words font-medium text-slate-900">
        {value ? text(value, 300) : <span className="font-normal text-slate-500">Not available</span>}
      </dd>
    </div>
  );
}

/** The early paint's link: a plain link to the recording page (the app's `paths.recording`). */
export function plainFollowupLink({ recordingId, children, ...props }: FollowupLinkProps) {
  return (
    <a {...props} href={`/recordings/${encodeURIComponent(recordingId)}`}>
      {children}
    </a>
  );
}

type FirstPage = { totalCount: number | null; totalRevenue: number | null };

/** The queue's total: Siro's for the whole queue, or, filtered by type here, the loaded rows'. */
export function queueTotal(first: FirstPage, rows: readonly Followup[], loaded: number, byType: boolean): string {
  if (!byType) {
    const count = first.totalCount ?? rows.length;
    return `${formatNumber(count)} follow-up${count === 1 ? '' : 's'}, potential revenue ${formatCurrency(first.totalRevenue ?? 0)}`;
  }
  const sum = rows.reduce((amount, row) => amount + (row.potentialRevenue ?? 0), 0);
  return `${formatNumber(rows.length)} of the ${formatNumber(loaded)} loaded, potential revenue ${formatCurrency(sum)}`;
}

/** The page's title and total, then the filters and the list. */
export function QueueFrame({ total, filters, children }: { total: string | null; filters: ReactNode; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold text-slate-900">Follow-ups</h1>
        <p role="status" className="text-sm font-medium text-slate-700">
          {total}
        </p>
      </div>
      {filters}
      {children}
    </div>
  );
}
