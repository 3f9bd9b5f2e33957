import { useEffect, useState } from 'react';

// The organisation's lookups need its id, which a user token cannot ask for directly: a list
// reads it from the first row that names it (a CRM customer's organizationId) and it is
// remembered for the session, so the next list asks for the lookups beside its own request.
const STORAGE_KEY = 'siro.organizationId';

function read(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The organisation's id: remembered for the session, else `seen` (from the rows loaded so far). */
export function useOrganizationId(seen: string | null): string | null {
  const [known, setKnown] = useState(read);
  const learnt = known ? null : seen;
  if (learnt) setKnown(learnt);
  useEffect(() => {
    if (!known) return;
    try {
      sessionStorage.setItem(STORAGE_KEY, known);
    } catch {
      // Not remembered: learnt again next time.
    }
  }, [known]);
  return known ?? learnt;
}
