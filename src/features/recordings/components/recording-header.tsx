import { memo, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { CopyButton } from '@/components/ui/copy-button';
import type { Recording } from '../api/recording-schema';
import { HEADER_TEXT, headerClasses as css, headerView } from '../first-screen';

/**
 * What happened, at a glance and compact enough that the summary follows on a phone's first
 * screen: title and outcome, when and how long, type, language and status. The IDs are for
 * support and CRM admins, one click away. src/features/recordings/early-paint.ts draws the same
 * header before React has loaded, from first-screen.ts (e2e/first-screen.spec.ts checks it).
 */
export const RecordingHeader = memo(function RecordingHeader({ recording, outcomeAction }: { recording: Recording; outcomeAction?: ReactNode }) {
  const view = headerView(recording);
  return (
    <header className={css.card}>
      {view.deleted && (
        <p role="note" className={css.deleted}>
          {HEADER_TEXT.deleted}
        </p>
      )}
      <div className={css.titleRow}>
        <h1 dir="auto" className={css.title}>
          {view.title}
        </h1>
        {view.outcome && (
          <span className={css.outcome}>
            <span className="sr-only">Outcome:</span>
            <Badge tone={view.outcome.tone}>{view.outcome.text}</Badge>
          </span>
        )}
        {/* The route's: the outcome's actions (Change outcome) belong to another feature. */}
        {outcomeAction}
      </div>
      <p className={css.recordedAt}>
        {view.recordedAt ? (
          <>
            Recorded <time dateTime={view.dateCreated ?? undefined}>{view.recordedAt}</time>
          </>
        ) : (
          HEADER_TEXT.noDate
        )}
      </p>
      {view.processing && (
        <p role="status" className={css.processing}>
          {HEADER_TEXT.processing}
        </p>
      )}
      <dl className={css.facts}>
        {view.facts.map(([term, value]) => (
          <div key={term} className={css.fact}>
            <dt className={css.term}>{term}</dt>
            <dd dir="auto" className={css.value}>
              {value ?? <span className={css.missing}>{HEADER_TEXT.notAvailable}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <details className={css.ids}>
        <summary className={css.idsSummary}>{HEADER_TEXT.ids}</summary>
        <IdList
          ids={[
            ['Recording ID', recording.id],
            ['Organization ID', recording.organizationId],
            ['Team ID', recording.teamId],
            ['User ID', recording.userId],
          ]}
        />
      </details>
    </header>
  );
});

function IdList({ ids }: { ids: Array<[string, string | null | undefined]> }) {
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
              <span className="text-slate-500">{HEADER_TEXT.notAvailable}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
