import { useEffect, useState } from 'react';

import type { Hit } from '../api/search-schema';

// The lookups need the organisation's id, which a user token cannot ask for directly: it is
// read from the first hit whose CRM customer names it, and remembered for the session so the
// next visit asks for the lookups beside the search rather than after it.
const STORAGE_KEY = 'siro.organizationId';

function read(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function useOrganizationId(hits: readonly Hit[]): string | null {
  const [known, setKnown] = useState(read);
  const seen = known ? null : (hits.find((hit) => hit.crmCustomer?.organizationId)?.crmCustomer?.organizationId ?? null);
  if (seen) setKnown(seen);
  useEffect(() => {
    if (!known) return;
    try {
      sessionStorage.setItem(STORAGE_KEY, known);
    } catch {
      // Not remembered: learnt again next time.
    }
  }, [known]);
  return known ?? seen;
}
