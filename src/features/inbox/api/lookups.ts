// The organisation's score colour bands: small, rarely changing, and never worth failing the
// list for (a failure means neutral pills). Its conversation types are shared: @/lib/conversation-types.
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { finiteNumber, parseItems } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

import type { ColorBand } from '../score-tone';

const LOOKUP_STALE_MS = 30 * 60_000;

const colorBandSchema = v.object({ color: v.string(), lowRange: finiteNumber, highRange: finiteNumber });

const dataOf = (body: unknown): unknown => (typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined);

export const lookupKeys = {
  colorBands: (organizationId: string) => ['score-color-configurations', organizationId] as const,
};

export function colorBandsQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: lookupKeys.colorBands(organizationId),
    queryFn: async ({ signal }): Promise<ColorBand[]> => {
      const search = new URLSearchParams({ organizationId });
      const body = await apiRequest('/v1/core/scorecards/color-configurations', { token: tokenStore.token(), search, signal });
      const data = dataOf(body);
      return parseItems(
        colorBandSchema,
        typeof data === 'object' && data !== null ? (data as { colorConfigurations?: unknown }).colorConfigurations : undefined,
      ).items;
    },
    staleTime: LOOKUP_STALE_MS,
    retry: false,
  });
}
