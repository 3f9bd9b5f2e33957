import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest, isRecord } from '@/lib/api-client';
import { finiteNumber, parseItems } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

import type { MomentKindConfig } from '../coaching/moment-kinds';
import type { ScoreBand } from '../coaching/score-bands';

// The organisation's settings the coaching panels read: names of moment kinds and the score
// colour bands. They change rarely, so one answer serves every recording for an hour.
const LOOKUP_STALE_MS = 60 * 60_000;

const bookmarkSchema = v.pipe(
  v.object({
    id: v.string(),
    title: v.string(),
    bookmarkTypes: v.optional(v.fallback(v.array(v.string()), [])),
    bookmarkType: v.optional(v.fallback(v.string(), '')),
  }),
  v.transform((raw): MomentKindConfig => ({
    id: raw.id,
    title: raw.title,
    types: raw.bookmarkTypes?.length ? raw.bookmarkTypes : raw.bookmarkType ? [raw.bookmarkType] : [],
  })),
);
const bandSchema = v.object({ color: v.string(), lowRange: finiteNumber, highRange: finiteNumber });

const dataOf = (body: unknown) => (isRecord(body) && isRecord(body.data) ? body.data : {});

export const lookupKeys = {
  all: ['lookups'] as const,
  momentKinds: () => [...lookupKeys.all, 'moment-kinds'] as const,
  scoreBands: (organizationId: string) => [...lookupKeys.all, 'score-bands', organizationId] as const,
};

export const lookupQueries = {
  momentKinds: () =>
    queryOptions({
      queryKey: lookupKeys.momentKinds(),
      queryFn: async () => {
        const body = await apiRequest('/v1/core/bookmark-configs', { token: tokenStore.token() });
        return parseItems(bookmarkSchema, dataOf(body).bookmarks).items;
      },
      staleTime: LOOKUP_STALE_MS,
    }),
  scoreBands: (organizationId: string) =>
    queryOptions({
      queryKey: lookupKeys.scoreBands(organizationId),
      queryFn: async (): Promise<ScoreBand[]> => {
        const search = new URLSearchParams({ organizationId });
        const body = await apiRequest('/v1/core/scorecards/color-configurations', { token: tokenStore.token(), search });
        return parseItems(bandSchema, dataOf(body).colorConfigurations).items;
      },
      staleTime: LOOKUP_STALE_MS,
    }),
};
