import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';

import { ApiErrorCard } from '@/components/ui/api-error-card';
import { DateRangeFields, fieldClass, FilterBar, FilterField, MultiSelect, type Option } from '@/components/ui/filter-bar';
import { InfiniteList } from '@/components/ui/infinite-list';
import { PageTitle } from '@/components/ui/page-title';
import { Skeleton } from '@/components/ui/skeleton';
import { useListShortcuts, useShortcutsPreference } from '@/hooks/use-list-shortcuts';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { conversationTypesQueryOptions } from '@/lib/conversation-types';
import { removeEarlyPaint } from '@/lib/early-requests';
import { useOrganizationId } from '@/lib/organization-id';
import { countActiveFilters } from '@/lib/url-filters';

import { followupQueries } from '../api/followup-queries';
import { FOLLOWUP_STATUSES, FOLLOWUP_TYPES, type Followup } from '../api/followup-schema';
import { FOLLOWUP_FILTERS, toFollowupRequest } from '../filters';
import { followupStatusBadge, followupTypeInWords } from '../labels';
import { QUEUE_ROW_CLASS, QueueFrame, queueTotal } from './followup-card';
import { FollowupRow } from './followup-row';

const STATUS_OPTIONS: Option[] = FOLLOWUP_STATUSES.map((value) => ({ value, label: followupStatusBadge(value).text }));
const TYPE_OPTIONS: Option[] = FOLLOWUP_TYPES.map((value) => ({ value, label: followupTypeInWords(value) }));
const ERROR_COPY = {
  forbiddenTitle: 'No access to follow-ups',
  forbiddenText: 'This token cannot list follow-ups. Ask your Siro admin for access.',
  notFoundTitle: 'Follow-ups not found',
  notFoundText: 'Siro does not know this list.',
  failedTitle: 'The follow-ups could not be loaded',
};

type Props = { recordingHref: (recordingId: string) => string };

const followupKey = (row: Followup) => row.followupId;

/** Reps and teams a user token may not list: the ones met in the rows so far are the choices. */
function seen(rows: readonly Followup[], id: 'repId' | 'teamId', name: 'repName' | 'teamName'): Option[] {
  const options = new Map<string, string>();
  for (const row of rows) if (row[id]) options.set(row[id]!, row[name] || row[id]!);
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

export function FollowupQueue({ recordingHref }: Props) {
  const { filters, setFilters, clearFilters } = useUrlFilters(FOLLOWUP_FILTERS);
  const request = useMemo(() => toFollowupRequest(filters), [filters]);
  const query = useInfiniteQuery({ ...followupQueries.list(request), placeholderData: keepPreviousData });
  const listRef = useRef<HTMLDivElement>(null);
  const noSearch = useRef<HTMLElement>(null);
  const [shortcuts, setShortcuts] = useShortcutsPreference();
  useListShortcuts(listRef, noSearch, shortcuts);

  const loaded = useMemo(() => query.data?.pages.flatMap((page) => page.followups.items) ?? [], [query.data]);
  // Siro's queue cannot filter by type: the rows of the other type are left out here.
  const rows = filters.type.length ? loaded.filter((row) => filters.type.includes(row.followupType as never)) : loaded;
  const first = query.data?.pages[0];
  const reps = useMemo(() => seen(loaded, 'repId', 'repName'), [loaded]);
  const teams = useMemo(() => seen(loaded, 'teamId', 'teamName'), [loaded]);
  const active = countActiveFilters(FOLLOWUP_FILTERS, filters);
  const organizationId = useOrganizationId(loaded.find((row) => row.crmCustomer?.organizationId)?.crmCustomer?.organizationId ?? null);
  const types = useQuery({ ...conversationTypesQueryOptions(organizationId ?? ''), enabled: organizationId !== null });
  // A type chosen by link stays a choice (and removable) even before, or without, the organisation's list.
  const conversationTypes = useMemo(() => {
    const options: Option[] = [...(types.data ?? [])];
    for (const value of filters.conversationType) {
      if (!options.some((option) => option.value === value)) options.push({ value, label: value });
    }
    return options;
  }, [types.data, filters.conversationType]);

  const renderRow = useCallback((row: Followup) => <FollowupRow followup={row} recordingHref={recordingHref} />, [recordingHref]);

  const total = first ? queueTotal(first, rows, loaded.length, filters.type.length > 0) : null;

  // The boot script drew this page over React's until now: React's shows the same.
  const settled = Boolean(first) || (query.isError && !query.data);
  useLayoutEffect(() => {
    if (settled) removeEarlyPaint();
  }, [settled]);

  return (
    <QueueFrame
      total={total}
      filters={
        <FilterBar activeCount={active} onClear={() => clearFilters()}>
          <MultiSelect
            label="Status"
            options={STATUS_OPTIONS}
            selected={filters.status}
            onChange={(status) => setFilters({ status: status as typeof filters.status })}
            anyLabel="Any status"
          />
          <MultiSelect
            label="Type"
            options={TYPE_OPTIONS}
            selected={filters.type}
            onChange={(type) => setFilters({ type: type as typeof filters.type })}
            anyLabel="Any type"
          />
          <FilterField label="Minimum score">
            {(id) => (
              <select
                id={id}
                className={fieldClass}
                value={filters.minScore ?? ''}
                onChange={(event) => setFilters({ minScore: event.target.value ? Number(event.target.value) : null })}
              >
                <option value="">Any score</option>
                {[2, 3, 4, 5].map((score) => (
                  <option key={score} value={score}>
                    {score} or more
                  </option>
                ))}
              </select>
            )}
          </FilterField>
          <MultiSelect
            label="Rep"
            options={reps}
            selected={filters.rep}
            onChange={(rep) => setFilters({ rep })}
            anyLabel="Any rep"
            emptyText="Reps appear as follow-ups load."
          />
          <MultiSelect
            label="Team"
            options={teams}
            selected={filters.team}
            onChange={(team) => setFilters({ team })}
            anyLabel="Any team"
            emptyText="Teams appear as follow-ups load."
          />
          <MultiSelect
            label="Conversation type"
            options={conversationTypes}
            selected={filters.conversationType}
            onChange={(conversationType) => setFilters({ conversationType })}
            anyLabel="Any type"
          />
          <DateRangeFields from={filters.from} to={filters.to} onChange={setFilters} />
          <label className="flex items-center gap-2 self-end py-1.5 text-sm text-slate-800">
            <input
              type="checkbox"
              className="size-4 accent-brand-700"
              checked={filters.starred === true}
              onChange={(event) => setFilters({ starred: event.target.checked ? true : null })}
            />
            Starred only
          </label>
        </FilterBar>
      }
    >
      <PageTitle>Follow-ups</PageTitle>
      {query.isError && !query.data ? (
        <ApiErrorCard
          error={query.error}
          retrying={query.isFetching}
          onRetry={() => void query.refetch()}
          copy={ERROR_COPY}
          wayOut={null}
        />
      ) : !first ? (
        <div aria-busy="true" aria-label="Loading follow-ups" className="space-y-3">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} className="h-40 w-full rounded-lg" />
          ))}
        </div>
      ) : rows.length === 0 && !query.hasNextPage ? (
        <div className="rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700">
          <p>{active ? 'No follow-ups match these filters.' : 'No follow-ups yet.'}</p>
          {active > 0 && (
            <button type="button" onClick={() => clearFilters()} className="mt-2 font-medium text-brand-700 underline underline-offset-2">
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <div aria-busy={query.isPlaceholderData} className={query.isPlaceholderData ? 'opacity-60' : undefined}>
          <InfiniteList
            label="Follow-ups"
            listRef={listRef}
            items={rows}
            estimateSize={200}
            rowClassName={QUEUE_ROW_CLASS}
            getKey={followupKey}
            renderItem={renderRow}
            hasNextPage={query.hasNextPage}
            isFetchingNextPage={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            footer={
              query.isFetchNextPageError ? (
                <p role="alert" className="text-sm text-red-800">
                  More follow-ups could not be loaded.{' '}
                  <button type="button" onClick={() => void query.fetchNextPage()} className="font-medium underline">
                    Try again
                  </button>
                </p>
              ) : undefined
            }
          />
        </div>
      )}
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          className="size-4 accent-brand-700"
          checked={shortcuts}
          onChange={(event) => setShortcuts(event.target.checked)}
        />
        Keyboard shortcuts: j and k move between follow-ups
      </label>
    </QueueFrame>
  );
}
