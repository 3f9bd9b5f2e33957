import { memo } from 'react';

import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { ExternalLink } from '@/components/ui/external-link';
import { LinkedText } from '@/components/ui/linked-text';
import { rowClass } from '@/components/ui/long-list';
import { LongText } from '@/components/ui/long-text';
import { Details } from '@/components/ui/panel';
import { ListBody, SkippedNotice } from '@/components/ui/panel-frame';
import { formatDateTime } from '@/lib/format';
import type { List } from '@/lib/lenient';

import { useLatestFollowup, type FollowupView } from '../hooks/use-followup';
import { contextHeaderInWords, followupStatusBadge, followupTypeInWords } from '../labels';
import { FollowupActions } from './followup-actions';

/** A recording's follow-ups, each one worked from here (status, star, note) as in the queue. */
export const FollowupsPanel = memo(function FollowupsPanel({ followups }: { followups: List<FollowupView> | null | undefined }) {
  const items = followups?.items ?? [];
  const skipped = followups?.skipped ?? 0;
  return (
    <ListBody count={items.length} skipped={skipped} empty="No follow-ups for this recording." noun="follow-up" plural="follow-ups">
      <ul className="space-y-4">
        {items.map((followup, index) => (
          <li
            key={`${index}:${followup.followupId ?? ''}`}
            className={cn('rounded-lg border border-slate-200 p-3', rowClass(items.length))}
          >
            <FollowupCard followup={followup} />
          </li>
        ))}
      </ul>
    </ListBody>
  );
});

function FollowupCard({ followup: shown }: { followup: FollowupView }) {
  const followup = useLatestFollowup(shown);
  const followupId = followup.followupId;
  const name = followup.followupType ? followupTypeInWords(followup.followupType) : 'Follow-up';
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
                {contextHeaderInWords(item.header)}
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
                <bdi className="font-medium">{entry.updatedBy ?? 'Someone'}</bdi>
                {entry.status && (
                  <>
                    {' '}
                    set it to <bdi>{followupStatusBadge(entry.status).text}</bdi>
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
