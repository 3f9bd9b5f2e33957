// The organisation's conversation types (GET /v1/core/conversation-configurations, which needs
// the organizationId): the choices of every list's "Conversation type" filter. Small, rarely
// changing, and never worth failing a list for: a failure leaves the choices the rows show.
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { lenient, parseItems } from '@/lib/lenient';
import { tokenStore } from '@/lib/token-store';

const STALE_MS = 30 * 60_000;

const conversationTypeSchema = v.object({ conversationType: v.pipe(v.string(), v.minLength(1)), displayName: lenient(v.string()) });
export type ConversationType = { value: string; label: string };

const dataOf = (body: unknown): unknown => (typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined);

export const conversationTypeKeys = {
  list: (organizationId: string) => ['conversation-configurations', organizationId] as const,
};

export function conversationTypesQueryOptions(organizationId: string) {
  return queryOptions({
    queryKey: conversationTypeKeys.list(organizationId),
    queryFn: async ({ signal }): Promise<ConversationType[]> => {
      const search = new URLSearchParams({ organizationId });
      const body = await apiRequest('/v1/core/conversation-configurations', { token: tokenStore.token(), search, signal });
      // One entry per type: the organisation's and each team's configuration of it.
      const unique = new Map<string, ConversationType>();
      for (const item of parseItems(conversationTypeSchema, dataOf(body)).items) {
        unique.set(item.conversationType, { value: item.conversationType, label: item.displayName?.trim() || item.conversationType });
      }
      return [...unique.values()];
    },
    staleTime: STALE_MS,
    retry: false,
  });
}
