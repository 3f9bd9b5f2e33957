import { memo } from 'react';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import { formatDateTime, formatDuration } from '@/lib/format';
import type { Recording } from '../api/recording-schema';
import { outcomeBadge } from '../labels';
import { isStillProcessing, processingInWords, transcriptionInWords } from '../recording-status';

export const RecordingHeader = memo(function RecordingHeader({ recording }: { recording: Recording }) {
  const recordedAt = formatDateTime(recording.dateCreated);
  const duration = formatDuration(recording.durationInMilliseconds);
  const outcome = recording.universalOutcomeLabel ? outcomeBadge(recording.universalOutcomeLabel) : null;

  const facts: Array<[string, string | null | undefined]> = [
    ['Duration', duration],
    ['Conversation type', recording.conversationType],
    ['Language', recording.transcriptionLanguage],
    ['Transcription', recording.transcriptionStatus && transcriptionInWords(recording.transcriptionStatus)],
    ['Processing', recording.processingStatus && processingInWords(recording.processingStatus)],
  ];

  return (
    <header className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      {recording.deleted && (
        <p role="note" className="mb-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          This recording was deleted. What Siro still holds is shown for reference.
        </p>
      )}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 dir="auto" className="min-w-0 text-xl font-semibold text-slate-900 sm:text-2xl">
          {recording.title?.trim() || 'Untitled recording'}
        </h1>
        {outcome && (
          <span className="flex items-center gap-1 text-sm">
            <span className="sr-only">Outcome:</span>
            <Badge tone={outcome.tone}>{outcome.text}</Badge>
          </span>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600">
        {recordedAt ? (
          <>
            Recorded <time dateTime={recording.dateCreated}>{recordedAt}</time>
          </>
        ) : (
          'Recording date not available'
        )}
      </p>
      {isStillProcessing(recording) && (
        <p role="status" className="mt-3 text-sm text-brand-900">
          Siro is still processing this recording; the page refreshes on its own until it is done.
        </p>
      )}
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3 lg:grid-cols-5">
        {facts.map(([term, value]) => (
          <div key={term} className="min-w-0">
            <dt className="text-slate-600">{term}</dt>
            <dd dir="auto" className="font-medium text-slate-900">{value || <span className="font-normal text-slate-500">Not available</span>}</dd>
          </div>
        ))}
      </dl>
      <IdList
        ids={[
          ['Recording ID', recording.id],
          ['Organization ID', recording.organizationId],
          ['Team ID', recording.teamId],
          ['User ID', recording.userId],
        ]}
      />
    </header>
  );
});

function IdList({ ids }: { ids: Array<[string, string | null | undefined]> }) {
  return (
    <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 border-t border-slate-100 pt-3 text-sm lg:grid-cols-2">
        {ids.map(([term, value]) => (
          <div key={term} className="flex min-w-0 items-center gap-2">
            <dt className="w-32 shrink-0 text-slate-600">{term}</dt>
            <dd className="flex min-w-0 items-center gap-1">
              {value ? (
                <>
                  <code dir="auto" className="min-w-0 break-all font-mono text-xs text-slate-900">
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
