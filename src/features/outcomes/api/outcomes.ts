import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { lenient } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

const text = lenient(v.string());

const outcomesSchema = v.object({
  data: v.object({
    possibleOutcomes: v.pipe(
      v.array(v.unknown()),
      v.transform((items) =>
        items.flatMap((item) => {
          const result = v.safeParse(
            v.object({ customLabel: v.pipe(v.string(), v.minLength(1)), universalLabel: text, description: text }),
            item,
          );
          return result.success ? [result.output] : [];
        }),
      ),
    ),
    selectedCustomLabels: v.pipe(
      v.array(v.unknown()),
      v.transform((items) => items.filter((item): item is string => typeof item === 'string')),
    ),
    universalOutcomeLabel: text,
    edited: v.optional(v.fallback(v.boolean(), false), false),
  }),
});

export type Outcomes = v.InferOutput<typeof outcomesSchema>['data'];
export type PossibleOutcome = Outcomes['possibleOutcomes'][number];

const outcomesPath = (recordingId: string) => `/v1/core/recordings/${encodeURIComponent(recordingId)}/outcomes`;

function parse(body: unknown): Outcomes {
  const result = v.safeParse(outcomesSchema, body);
  if (!result.success) throw new ApiError('invalid-response', 'Siro answered, but not with the outcomes.');
  return result.output.data;
}

export const outcomeKeys = {
  all: ['outcomes'] as const,
  detail: (recordingId: string) => [...outcomeKeys.all, recordingId] as const,
};

export const outcomeQueries = {
  detail: (recordingId: string) =>
    queryOptions({
      queryKey: outcomeKeys.detail(recordingId),
      queryFn: async ({ signal }) => parse(await apiRequest(outcomesPath(recordingId), { token: tokenStore.token(), signal })),
      staleTime: 30_000,
    }),
};

/** The universal label a selection makes: positive over neutral over negative, none for none. */
export function universalOf(selected: readonly string[], possible: readonly PossibleOutcome[]): string | null {
  const labels = new Set(possible.filter((item) => selected.includes(item.customLabel)).map((item) => item.universalLabel));
  return ['POSITIVE', 'NEUTRAL', 'NEGATIVE'].find((label) => labels.has(label)) ?? null;
}

type Context = { previous: Outcomes | undefined };

/**
 * Saves a new selection, optimistic: `onLabel` tells the page which universal label to show
 * (at once, then Siro's, or the old one back on failure).
 */
export function useChangeOutcome(recordingId: string, onLabel: (label: string | null) => void) {
  const queryClient = useQueryClient();
  const key = outcomeKeys.detail(recordingId);
  return useMutation<Outcomes, Error, string[], Context>({
    mutationKey: [...key, 'update'],
    scope: { id: `outcome:${recordingId}` },
    retry: false,
    mutationFn: async (selectedCustomLabels) =>
      parse(await apiRequest(outcomesPath(recordingId), { token: tokenStore.token(), method: 'PATCH', body: { selectedCustomLabels } })),
    onMutate: async (selected) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Outcomes>(key);
      if (previous) {
        const universalOutcomeLabel = universalOf(selected, previous.possibleOutcomes);
        queryClient.setQueryData<Outcomes>(key, { ...previous, selectedCustomLabels: selected, universalOutcomeLabel, edited: true });
        onLabel(universalOutcomeLabel);
      }
      return { previous };
    },
    onError: (_error, _selected, context) => {
      if (!context?.previous) return;
      queryClient.setQueryData(key, context.previous);
      onLabel(context.previous.universalOutcomeLabel ?? null);
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(key, answer);
      onLabel(answer.universalOutcomeLabel ?? null);
    },
  });
}
