import { useOrganizationId as useRememberedOrganizationId } from '@/lib/organization-id';

import type { Hit } from '../api/search-schema';

/** The organisation's id, from the session or the first hit whose CRM customer names it. */
export function useOrganizationId(hits: readonly Hit[]): string | null {
  return useRememberedOrganizationId(hits.find((hit) => hit.crmCustomer?.organizationId)?.crmCustomer?.organizationId ?? null);
}
