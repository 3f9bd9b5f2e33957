import { useEffect, useState } from 'react';

import type { Option } from '@/components/ui/filter-bar';

import type { Hit } from '../api/search-schema';

// A user token cannot list users or teams: the pickers offer the reps and teams seen in the
// hits so far, remembered for the session (names and ids only, never the token).
const STORAGE_KEY = 'siro.inbox.people';
const MAX_REMEMBERED = 500;

export type People = { reps: Option[]; teams: Option[] };

function read(): People {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<People> | null;
    const valid = (list: unknown): Option[] =>
      Array.isArray(list) ? list.filter((item): item is Option => typeof item?.value === 'string' && typeof item?.label === 'string') : [];
    return { reps: valid(stored?.reps), teams: valid(stored?.teams) };
  } catch {
    return { reps: [], teams: [] };
  }
}

function merge(list: Option[], additions: Map<string, string>): Option[] {
  if (![...additions].some(([value, label]) => list.find((option) => option.value === value)?.label !== label)) return list;
  const merged = new Map(list.map((option) => [option.value, option.label]));
  for (const [value, label] of additions) merged.set(value, label);
  return [...merged]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label))
    .slice(0, MAX_REMEMBERED);
}

export function peopleIn(hits: readonly Hit[]) {
  const reps = new Map<string, string>();
  const teams = new Map<string, string>();
  for (const hit of hits) {
    const name = [hit.repFirstName, hit.repLastName].filter(Boolean).join(' ').trim();
    if (hit.userId) reps.set(hit.userId, name || hit.userId);
    if (hit.teamId) teams.set(hit.teamId, hit.teamName?.trim() || hit.teamId);
  }
  return { reps, teams };
}

export function useSeenPeople(hits: readonly Hit[]): People {
  const [people, setPeople] = useState(read);
  const [merged, setMerged] = useState<readonly Hit[] | null>(null);
  if (merged !== hits) {
    setMerged(hits);
    const seen = peopleIn(hits);
    const next = { reps: merge(people.reps, seen.reps), teams: merge(people.teams, seen.teams) };
    if (next.reps !== people.reps || next.teams !== people.teams) setPeople(next);
  }
  useEffect(() => {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(people));
    } catch {
      // Not remembered; the pickers still offer what this page has seen.
    }
  }, [people]);
  return people;
}
