import { useQuery } from '@tanstack/react-query';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';

import { ApiErrorCard, type ErrorCopy } from '@/components/ui/api-error-card';
import { AppLink as Link } from '@/components/ui/app-link';
import { DebouncedInput } from '@/components/ui/debounced-input';
import { ClearFiltersButton, fieldClass, FilterField, type Option } from '@/components/ui/filter-bar';
import { InfiniteList } from '@/components/ui/infinite-list';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { LIST_SHORTCUTS, useListShortcuts, useShortcutsPreference } from '@/hooks/use-list-shortcuts';
import { useScrollMemory } from '@/hooks/use-scroll-memory';
import { useUrlFilters } from '@/hooks/use-url-filters';
import { conversationTypesQueryOptions } from '@/lib/conversation-types';
import { removeEarlyPaint } from '@/lib/early-requests';
import { countActiveFilters } from '@/lib/url-filters';

import { inboxQueries } from '../api/inbox-queries';
import type { Hit } from '../api/search-schema';
import { INBOX_FILTERS, SEARCH_PLACEHOLDER, SORT_LABELS, SORTS, type Sort } from '../filters';
import { useInboxSearch } from '../hooks/use-inbox-search';
import { useOrganizationId } from '../hooks/use-organization-id';
import { useSeenPeople } from '../hooks/use-seen-people';
import { InboxFilters } from './inbox-filters';
import { InboxFrame, InboxResults, ROW_CLASS } from './inbox-frame';
import { FROM_INBOX_STATE, InboxRow, type RecordingLinkProps } from './inbox-row';
import { InboxSkeleton } from './inbox-skeleton';

const ERROR_COPY: ErrorCopy = {
  forbiddenTitle: "You don't have access to these recordings",
  forbiddenText: 'Your Siro account cannot search recordings. Ask your Siro admin for access, or sign in with another token.',
  notFoundTitle: 'Recording search is not available',
  notFoundText: 'Siro did not find the recording search. Open a recording by its ID or link instead.',
  failedTitle: 'The recordings could not be loaded',
};

const hitKey = (hit: Hit) => hit.recordingId;
/** A row's height on a phone (measured at 390 px), its gap included: what a row not yet drawn takes. */
const ROW_HEIGHT = 96;

/** The recordings inbox: search, filters (all in the URL), and the list, page after page. `header` goes beside the title. */
export function InboxPage({ header }: { header?: ReactNode }) {
  const { filters, setFilters, clearFilters } = useUrlFilters(INBOX_FILTERS);
  const search = useInboxSearch(filters);
  const { hits } = search;
  const people = useSeenPeople(hits);
  const organizationId = useOrganizationId(hits);
  const lookupsFor = organizationId ?? '';
  const types = useQuery({ ...conversationTypesQueryOptions(lookupsFor), enabled: organizationId !== null });
  const colorBands = useQuery({ ...inboxQueries.colorBands(lookupsFor), enabled: organizationId !== null });
  const conversationTypes = useMemo(() => {
    const options: Option[] = [...(types.data ?? [])];
    for (const hit of hits) {
      if (hit.conversationType && !options.some((option) => option.value === hit.conversationType)) {
        options.push({ value: hit.conversationType, label: hit.conversationType });
      }
    }
    return options;
  }, [types.data, hits]);

  const activeCount = countActiveFilters(INBOX_FILTERS, filters, ['sort']);
  const clear = () => clearFilters({ sort: filters.sort });
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [shortcuts, setShortcuts] = useShortcutsPreference();
  useListShortcuts(listRef, searchRef, shortcuts);
  const ready = hits.length > 0 && !search.isPlaceholderData;
  const historyEntry = useScrollMemory(ready);
  const updating = search.isPlaceholderData || (search.isFetching && !search.isFetchingNextPage && !search.isPending);
  // "2 hours ago" as of the answer, so a row reads the same on every render.
  const now = search.answeredAt;
  const bands = colorBands.data;
  const renderHit = useCallback((hit: Hit) => <AppInboxRow hit={hit} colorBands={bands} now={now} link={AppRecordingLink} />, [bands, now]);

  // The boot script drew this page over React's until now: React's shows the same.
  useLayoutEffect(() => {
    if (!search.isPending) removeEarlyPaint();
  }, [search.isPending]);

  return (
    <>
      <PageTitle>Recordings</PageTitle>
      <InboxFrame
        header={header}
        search={
          <FilterField label="Search recordings" className="flex-1">
            {(id) => (
              <DebouncedInput
                ref={searchRef}
                id={id}
                type="search"
                autoComplete="off"
                enterKeyHint="search"
                aria-keyshortcuts={shortcuts ? LIST_SHORTCUTS.search : undefined}
                placeholder={SEARCH_PLACEHOLDER}
                className={fieldClass}
                value={filters.q}
                onCommit={(q) => setFilters({ q }, { replace: true })}
              />
            )}
          </FilterField>
        }
        sort={
          <FilterField label="Sort" className="sm:w-48">
            {(id) => (
              <select
                id={id}
                className={fieldClass}
                value={filters.sort}
                onChange={(event) => setFilters({ sort: event.target.value as Sort })}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            )}
          </FilterField>
        }
        filters={
          <InboxFilters
            filters={filters}
            onChange={setFilters}
            onClear={clear}
            activeCount={activeCount}
            reps={people.reps}
            teams={people.teams}
            conversationTypes={conversationTypes}
          />
        }
      >
        {search.isPending ? (
          <InboxSkeleton />
        ) : search.isError && !search.data ? (
          <ApiErrorCard
            error={search.error}
            retrying={search.isFetching}
            onRetry={() => void search.refetch()}
            copy={ERROR_COPY}
            wayOut={
              <Link to={paths.recordings} className="font-medium text-brand-700 underline underline-offset-2">
                All recordings
              </Link>
            }
          />
        ) : (
          <InboxResults
            total={search.total}
            shown={hits.length}
            updating={updating}
            skipped={search.skipped}
            shortcuts={shortcuts}
            onToggleShortcuts={() => setShortcuts(!shortcuts)}
          >
            {hits.length === 0 ? (
              <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-6 text-center text-sm text-slate-700">
                <h2 className="text-base font-semibold text-slate-900">
                  {activeCount ? 'No recordings match these filters' : 'No recordings yet'}
                </h2>
                {activeCount > 0 && <ClearFiltersButton onClear={clear} />}
              </div>
            ) : (
              <div className={updating ? 'opacity-60 transition-opacity' : undefined}>
                <InfiniteList
                  label="Recordings"
                  listRef={listRef}
                  items={hits}
                  getKey={hitKey}
                  renderItem={renderHit}
                  hasNextPage={search.hasNextPage}
                  isFetchingNextPage={search.isFetchingNextPage}
                  onLoadMore={() => void search.fetchNextPage()}
                  estimateSize={ROW_HEIGHT}
                  rowClassName={ROW_CLASS}
                  memoryKey={historyEntry}
                  footer={
                    search.isFetchNextPageError ? (
                      <p role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-800">
                        The next recordings could not be loaded.
                        <button
                          type="button"
                          onClick={() => void search.fetchNextPage()}
                          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-slate-800"
                        >
                          Try again
                        </button>
                      </p>
                    ) : undefined
                  }
                />
              </div>
            )}
          </InboxResults>
        )}
      </InboxFrame>
    </>
  );
}

/** Every loaded row stays mounted: one is drawn again only when its data changed, not as the list grows. */
const AppInboxRow = memo(InboxRow);

/** The row's title link in the app: it navigates in the app, and Back to recordings knows where it came from. */
export function AppRecordingLink({ recordingId, ...props }: RecordingLinkProps) {
  return <Link to={paths.recording(recordingId)} state={FROM_INBOX_STATE} {...props} />;
}
