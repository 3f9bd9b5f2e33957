import { Link } from 'react-router-dom';

import { Badge } from '@/components/ui/badge';
import { LinkedText } from '@/components/ui/linked-text';
import { cutText, LongText } from '@/components/ui/long-text';
import { formatCurrency, formatDateTime } from '@/lib/format';

import type { Followup } from '../api/followup-schema';
import { useLatestFollowup } from '../hooks/use-followup';
import { followupStatusBadge, followupTypeInWords } from '../labels';
import { FollowupActions } from './followup-actions';

type Props = { followup: Followup; recordingHref: (recordingId: string) => string };

/** One follow-up of the queue: what to do, for whom, worth what, and the controls to work it. */
export function FollowupRow({ followup: shown, recordingHref }: Props) {
  const followup = useLatestFollowup(shown);
  const type = followup.followupType ? cutText(followupTypeInWords(followup.followupType), 80) : 'Follow-up';
  const status = followup.status ? followupStatusBadge(followup.status) : null;
  const title = cutText(followup.recordingTitle?.trim() || 'Untitled recording');
  const revenue = formatCurrency(followup.potentialRevenue);
  return (
    <article className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="min-w-0 font-semibold text-slate-900">
          {followup.recordingId ? (
            <Link
              to={recordingHref(followup.recordingId)}
              className="break-words text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              <bdi>{title}</bdi>
            </Link>
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
          <LongText text={followup.followupAction} />
        </p>
      )}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-5">
        <Fact term="Rep" value={followup.repName} />
        <Fact term="Team" value={followup.teamName} />
        <Fact term="Customer" value={followup.crmCustomer?.name} />
        <Fact term="Potential revenue" value={revenue} />
        <Fact term="Created" value={formatDateTime(followup.dateCreated)} />
      </dl>
      {followup.note && (
        <p className="text-sm text-slate-800">
          <span className="font-medium">Latest note: </span>
          <LinkedText text={followup.note} />
        </p>
      )}
      <FollowupActions followup={followup} name={`${type}: ${title}`} />
    </article>
  );
}

function Fact({ term, value }: { term: string; value: string | null | undefined }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-600">{term}</dt>
      <dd dir="auto" className="break-words font-medium text-slate-900">
        {value ? <LongText text={value} max={300} /> : <span className="font-normal text-slate-500">Not available</span>}
      </dd>
    </div>
  );
}
