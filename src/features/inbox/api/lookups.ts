// The organisation's conversation types and score colour bands: small, rarely changing, and
// never worth failing the list for (a failure means plain options and neutral pills).
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { finiteNumber, lenient, parseItems } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

import type { ColorBand } from '../score-tone';

const LOOKUP_STALE_MS = 30 * 60_000;

const conversationTypeSchema = v.object({ conversationType: v.pipe(v.string(), v.minLength(1)), displayName: lenient(v.string()) });
export type ConversationType = { value: string; label: string };

const colorBandSchema = v.object({ color: v.string(), lowRange: finiteNumber, highRange: finiteNumber });

const dataOf = (body: unknown): unknown => (typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined);

export const lookupKeys = {
  conversationTypes: (organizationId: string) => ['conversation-configurations', organizationId] as const,
  colorBands: (organizationId: string) => ['score-color-configurations', organizationId] as const,
};

export function conversationTypesQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: lookupKeys.conversationTypes(organizationId),
    queryFn: async ({ signal }): Promise<ConversationType[]> => {
      const search = new URLSearchParams({ organizationId });
      const body = await apiRequest('/v1/core/conversation-configurations', { token: tokenStore.token(), search, signal });
      const unique = new Map<string, ConversationType>();
      for (const item of parseItems(conversationTypeSchema, dataOf(body)).items) {
        unique.set(item.conversationType, { value: item.conversationType, label: item.displayName?.trim() || item.conversationType });
      }
      return [...unique.values()];
    },
    staleTime: LOOKUP_STALE_MS,
    retry: false,
  });
}

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
