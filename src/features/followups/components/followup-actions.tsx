import { useId, type FormEvent } from 'react';

import { cn } from '@/components/ui/cn';
import { controlClass } from '@/components/ui/field-styles';
import { StarIcon } from '@/components/ui/icons/star';
import { writeErrorMessage } from '@/lib/write-error';

import { MAX_NOTE_LENGTH } from '../api/followup-limits';
import { FOLLOWUP_STATUSES, type FollowupStatus } from '../api/followup-schema';
import { useFollowupDraft } from '../drafts';
import { differsFromChange, useLastFollowupUpdate, useUpdateFollowup, type FollowupView } from '../hooks/use-followup';
import { followupStatusBadge } from '../labels';

/**
 * Work one follow-up: its status, its star and a note. `name` labels the group, which tells the
 * controls apart when several follow-ups are on one page.
 */
export function FollowupActions({ followup, name }: { followup: FollowupView & { followupId: string }; name: string }) {
  const update = useUpdateFollowup(followup.followupId);
  // Both kept outside this component: the queue may stop drawing it while a note is typed or a change saved.
  const last = useLastFollowupUpdate(followup.followupId);
  const [draft, setDraft] = useFollowupDraft(followup.followupId);
  const noteId = useId();
  const statusId = useId();
  const { status, starred } = followup;
  const known = FOLLOWUP_STATUSES.includes(status as FollowupStatus);
  const changedElsewhere = last?.status === 'success' && last.data && last.variables && differsFromChange(last.data, last.variables.change);

  const change = (next: { status?: FollowupStatus; starred?: boolean; note?: string }) => update.mutate({ change: next, shown: followup });
  const addNote = (event: FormEvent) => {
    event.preventDefault();
    const note = draft.trim();
    if (!note) return;
    update.mutate({ change: { note }, shown: followup });
  };

  return (
    <div role="group" aria-label={`Work on ${name}`} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={statusId} className="block text-xs font-medium text-slate-700">
            Status
          </label>
          <select
            id={statusId}
            value={status ?? ''}
            onChange={(event) => change({ status: event.target.value as FollowupStatus })}
            className={controlClass}
          >
            {/* A status newer than this code: the badge names it; the list cannot hold it isolated. */}
            {!known && <option value={status ?? ''}>{status ? 'Other' : 'Not set'}</option>}
            {FOLLOWUP_STATUSES.map((value) => (
              <option key={value} value={value}>
                {followupStatusBadge(value).text}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          aria-pressed={starred === true}
          onClick={() => change({ starred: !starred })}
          className={cn(controlClass, 'inline-flex items-center gap-1.5 font-medium hover:bg-slate-50')}
        >
          <StarIcon className={cn('size-4', starred ? 'fill-amber-400 text-amber-600' : 'text-slate-500')} />
          Star
        </button>
      </div>
      <form onSubmit={addNote} className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow space-y-1">
          <label htmlFor={noteId} className="block text-xs font-medium text-slate-700">
            Note
          </label>
          <textarea
            id={noteId}
            rows={2}
            value={draft}
            maxLength={MAX_NOTE_LENGTH}
            onChange={(event) => setDraft(event.target.value)}
            className={cn(controlClass, 'block w-full')}
          />
        </div>
        <button
          type="submit"
          disabled={!draft.trim()}
          className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-60"
        >
          Add note
        </button>
      </form>
      <p role="status" aria-live="polite" className="text-sm empty:hidden">
        {last?.status === 'pending'
          ? 'Saving…'
          : changedElsewhere
            ? 'Someone changed this follow-up meanwhile: this is the version Siro has now.'
            : ''}
      </p>
      {last?.status === 'error' && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {writeErrorMessage(last.error)}
        </p>
      )}
    </div>
  );
}
