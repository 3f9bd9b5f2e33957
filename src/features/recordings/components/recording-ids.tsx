import { CopyButton } from '@/components/ui/copy-button';

import type { Recording } from '../api/recording-schema';

/** The IDs support and CRM admins ask for, each with a copy button. */
export function RecordingIds({ recording }: { recording: Pick<Recording, 'id' | 'organizationId' | 'teamId' | 'userId'> }) {
  const ids: Array<[string, string | null | undefined]> = [
    ['Recording ID', recording.id],
    ['Organization ID', recording.organizationId],
    ['Team ID', recording.teamId],
    ['User ID', recording.userId],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 pt-1 lg:grid-cols-2">
      {ids.map(([term, value]) => (
        <div key={term} className="flex min-w-0 items-center gap-2">
          <dt className="w-32 shrink-0 text-slate-600">{term}</dt>
          <dd className="flex min-w-0 items-center gap-1">
            {value ? (
              <>
                <code dir="auto" className="min-w-0 font-mono text-xs break-all text-slate-900">
                  {value}
                </code>
                <CopyButton value={value} label={`Copy ${term}`} />
              </>
            ) : (
              <span className="text-slate-500">Not available</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
