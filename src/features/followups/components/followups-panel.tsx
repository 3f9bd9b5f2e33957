import { memo } from 'react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { ExternalLink } from '@/components/ui/external-link';
import { LinkedText } from '@/components/ui/linked-text';
import { LongListBody, rowClass, type Grouping } from '@/components/ui/long-list';
import { cutText, LongText } from '@/components/ui/long-text';
import { Details } from '@/components/ui/panel';
import { SkippedNotice } from '@/components/ui/panel-frame';
import { formatDateTime } from '@/lib/format';
import type { List } from '@/lib/lenient';

import { useLatestFollowup, type FollowupView } from '../hooks/use-followup';
import { contextHeaderInWords, followupStatusBadge, followupTypeInWords } from '../labels';
import { FollowupActions } from './followup-actions';

/** A recording's follow-ups, each one worked from here (status, star, note) as in the queue. */
export const FollowupsPanel = memo(function FollowupsPanel({ followups }: { followups: List<FollowupView> | null | undefined }) {
  const items = followups?.items ?? [];
  return (
    <LongListBody
      name="followups"
      items={items}
      skipped={followups?.skipped ?? 0}
      empty="No follow-ups for this recording."
      noun="follow-up"
      plural="follow-ups"
      text={followupText}
      grouping={BY_STATUS}
    >
      {(entries) => (
        <ul className="space-y-4">
          {entries.map(({ item, index }) => (
            <li
              key={`${index}:${item.followupId ?? ''}`}
              className={cn('rounded-lg border border-slate-200 p-3', rowClass(entries.length))}
            >
              <FollowupCard followup={item} />
            </li>
          ))}
        </ul>
      )}
    </LongListBody>
  );
});

// What is still to do first.
const STATUS_RANK: Record<string, number> = { TO_DO: 0, IN_PROGRESS: 1, COMPLETE: 3, '': 4 };

const BY_STATUS: Grouping<FollowupView> = {
  id: 'status',
  label: 'Group by status',
  key: (followup) => followup.status ?? '',
  rank: (status) => STATUS_RANK[status] ?? 2,
  heading: (status) => (status ? followupStatusBadge(status).text : 'No status'),
};

/** What the filter field finds a follow-up by. */
function followupText(followup: FollowupView): string {
  return [
    followup.followupType && followupTypeInWords(followup.followupType),
    followup.status && followupStatusBadge(followup.status).text,
    followup.followupAction,
    followup.repName,
    followup.teamName,
    followup.note,
    ...(followup.context?.items ?? []).map((item) => `${contextHeaderInWords(item.header)} ${String(item.value ?? '')}`),
  ]
    .filter(Boolean)
    .join('\n');
}

function FollowupCard({ followup: shown }: { followup: FollowupView }) {
  const followup = useLatestFollowup(shown);
  const followupId = followup.followupId;
  const name = followup.followupType ? cutText(followupTypeInWords(followup.followupType), 80) : 'Follow-up';
  const status = followup.status ? followupStatusBadge(followup.status) : null;
  const context = followup.context?.items ?? [];
  const history = followup.history?.items ?? [];
  return (
    <article className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 dir="auto" className="min-w-0 font-semibold text-slate-900">
          {name}
        </h3>
        {followup.starred && <Badge tone="warning">Starred</Badge>}
        {status && <Badge tone={status.tone}>{status.text}</Badge>}
        {followup.score != null && <Badge tone="info">Score {followup.score} of 5</Badge>}
      </div>
      {followup.followupAction && (
        <p dir="auto" className="text-sm text-slate-800">
          <LongText text={followup.followupAction} />
        </p>
      )}
      <Details
        items={[
          ['Rep', followup.repName],
          ['Team', followup.teamName],
          ['Created', formatDateTime(followup.dateCreated)],
          ['Note', followup.note ? <LinkedText text={followup.note} /> : null],
        ]}
      />
      {followupId && <FollowupActions followup={{ ...followup, followupId }} name={name} />}
      {context.length > 0 && (
        <dl className="space-y-2 rounded-md bg-slate-50 p-3 text-sm">
          {context.map((item, index) => (
            <div key={index}>
              <dt dir="auto" className="font-medium text-slate-700">
                {cutText(contextHeaderInWords(item.header), 120)}
              </dt>
              <dd dir="auto" className="text-slate-900">
                {typeof item.value === 'string' ? <LongText text={item.value} /> : item.value}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <SkippedNotice count={followup.context?.skipped ?? 0} noun="detail" plural="details" />
      {history.length > 0 && (
        <div>
          <h4 className="text-sm font-medium text-slate-700">History</h4>
          <ol className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 text-sm">
            {history.map((entry, index) => (
              <li key={`${index}:${entry.id ?? ''}`}>
                <span className="text-slate-600">{formatDateTime(entry.createdAt) ?? 'Date not available'}</span>
                {' · '}
                {/* <bdi>: a name or status in another script cannot reorder the sentence around it. */}
                <bdi className="font-medium">{cutText(entry.updatedBy ?? 'Someone', 120)}</bdi>
                {entry.status && (
                  <>
                    {' '}
                    set it to <bdi>{cutText(followupStatusBadge(entry.status).text, 80)}</bdi>
                  </>
                )}
                {entry.note && (
                  <p className="break-words whitespace-pre-line text-slate-800">
                    “<LinkedText text={entry.note} />”
                  </p>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      <SkippedNotice count={followup.history?.skipped ?? 0} noun="history entry" plural="history entries" />
      <ExternalLink href={followup.crmUrl}>Open in CRM</ExternalLink>
    </article>
  );
}
