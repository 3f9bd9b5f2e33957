import {
  skipToken,
  useMutation,
  useMutationState,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type MutationState,
  type QueryClient,
} from '@tanstack/react-query';

import { followupKeys, patchFollowup, type FollowupChange } from '../api/followup-queries';
import type { Followup, FollowupPage } from '../api/followup-schema';
import { followupDrafts } from '../drafts';

/** A follow-up as some view holds it: from the queue, or from a recording (which may lack fields). */
export type FollowupView = { [K in keyof Followup]?: Followup[K] | null };

const time = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN);

/**
 * `shown` unless this tab changed the follow-up since: then the newer of the two, so the queue
 * and the recording page show the same state without a reload.
 */
export function useLatestFollowup<T extends FollowupView>(shown: T): T | (T & Followup) {
  const id = shown.followupId;
  const { data: latest } = useQuery({
    queryKey: followupKeys.latest(id ?? ''),
    queryFn: skipToken,
    staleTime: Infinity,
  }) as { data: Followup | null | undefined };
  if (!id || !latest) return shown;
  return time(shown.updatedAt) > time(latest.updatedAt) ? shown : { ...shown, ...latest };
}

/** What a change should look like at once: the fields, and a history entry until Siro's arrives. */
export function applyChange<T extends FollowupView>(followup: T, change: FollowupChange, now = new Date().toISOString()): T {
  const next: T = { ...followup, ...change, updatedAt: now };
  const statusChanged = change.status !== undefined && change.status !== followup.status;
  if (statusChanged || change.note !== undefined) {
    const history = followup.history ?? { items: [], skipped: 0 };
    const entry = {
      id: `pending-${now}`,
      updatedBy: 'You',
      createdAt: now,
      status: statusChanged ? change.status : undefined,
      note: change.note,
    };
    next.history = { ...history, items: [...history.items, entry] };
  }
  return next;
}

function replaceInLists(queryClient: QueryClient, followup: Followup) {
  queryClient.setQueriesData<InfiniteData<FollowupPage>>(
    { queryKey: followupKeys.lists() },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          followups: {
            ...page.followups,
            items: page.followups.items.map((item) => (item.followupId === followup.followupId ? { ...item, ...followup } : item)),
          },
        })),
      },
  );
}

/** Whether Siro's answer holds something else than was asked for: someone changed it meanwhile. */
export function differsFromChange(answer: Followup, change: FollowupChange): boolean {
  return (
    (change.status !== undefined && answer.status !== change.status) ||
    (change.starred !== undefined && answer.starred !== change.starred) ||
    (change.note !== undefined && answer.note !== change.note)
  );
}

const updateKey = (id: string) => [...followupKeys.latest(id), 'update'] as const;

type Variables = { change: FollowupChange; shown: FollowupView };
type Context = { previousLatest: Followup | null | undefined; previousLists: Array<[readonly unknown[], unknown]> };

/**
 * Status, star and note of one follow-up, optimistic: shown at once in every view, replaced by
 * Siro's answer, rolled back on failure. Changes to the same follow-up share a scope, so they
 * reach Siro one after the other, in the order they were made. Never retried: a PATCH that
 * timed out may have landed.
 */
export function useUpdateFollowup(id: string) {
  const queryClient = useQueryClient();
  return useMutation<Followup, Error, Variables, Context>({
    mutationKey: updateKey(id),
    scope: { id: `followup:${id}` },
    retry: false,
    mutationFn: ({ change }) => patchFollowup(id, change),
    onMutate: async ({ change, shown }) => {
      await queryClient.cancelQueries({ queryKey: followupKeys.lists() });
      const previousLatest = queryClient.getQueryData<Followup | null>(followupKeys.latest(id));
      const previousLists = queryClient.getQueriesData({ queryKey: followupKeys.lists() });
      const base = previousLatest && time(previousLatest.updatedAt) >= time(shown.updatedAt) ? { ...shown, ...previousLatest } : shown;
      const optimistic = applyChange({ ...base, followupId: id }, change) as Followup;
      queryClient.setQueryData(followupKeys.latest(id), optimistic);
      replaceInLists(queryClient, optimistic);
      return { previousLatest, previousLists };
    },
    onError: (_error, _variables, context) => {
      if (!context) return;
      // null, not removed: a removed query would leave its views on the optimistic version.
      queryClient.setQueryData(followupKeys.latest(id), context.previousLatest ?? null);
      for (const [key, data] of context.previousLists) queryClient.setQueryData(key, data);
    },
    onSuccess: (answer, { change }) => {
      queryClient.setQueryData(followupKeys.latest(id), answer);
      replaceInLists(queryClient, answer);
      if (change.note !== undefined) followupDrafts.saved(id, change.note);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: followupKeys.lists() }),
  });
}

/**
 * The latest change to one follow-up made in this tab, wherever it was made: a row drawn again
 * (scrolled away and back) still says it is saving, or why it was not saved.
 */
export function useLastFollowupUpdate(id: string): MutationState<Followup, Error, Variables, Context> | undefined {
  const states = useMutationState({
    filters: { mutationKey: updateKey(id), exact: true },
    select: (mutation) => mutation.state as MutationState<Followup, Error, Variables, Context>,
  });
  return states.at(-1);
}
