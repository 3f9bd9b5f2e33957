// The panels a manager can switch, each bound to the API's own query flag. The flag name is
// also the URL search param, so a shared link reproduces the view.
export const PANELS = [
  { flag: 'showSummary', label: 'Summary' },
  { flag: 'showCrmCustomers', label: 'CRM customer' },
  { flag: 'showCrmOpportunities', label: 'Opportunities' },
  { flag: 'showEntityExtractions', label: 'Entity extractions' },
  { flag: 'showEvaluationScore', label: 'Score' },
  { flag: 'showFollowups', label: 'Follow-ups' },
] as const;

export type PanelFlag = (typeof PANELS)[number]['flag'];
export type PanelFlags = Record<PanelFlag, boolean>;

// Panels with no API flag (their data has its own endpoint): switched and kept in the URL the
// same way, never sent with the recording request.
export const UI_PANELS = [{ flag: 'showTranscript', label: 'Transcript' }] as const;

export type UiPanelFlag = (typeof UI_PANELS)[number]['flag'];
export type UiPanelFlags = Record<UiPanelFlag, boolean>;

/** Read like parsePanelFlags: on unless the URL says `false` (or `0`). */
export function parseUiPanelFlags(search: URLSearchParams): UiPanelFlags {
  const flags = {} as UiPanelFlags;
  for (const { flag } of UI_PANELS) {
    const value = search.get(flag)?.trim().toLowerCase();
    flags[flag] = value !== 'false' && value !== '0';
  }
  return flags;
}

/** All panels are on unless the URL says `false` (or `0`). */
export function parsePanelFlags(search: URLSearchParams): PanelFlags {
  const flags = {} as PanelFlags;
  for (const { flag } of PANELS) {
    const value = search.get(flag)?.trim().toLowerCase();
    flags[flag] = value !== 'false' && value !== '0';
  }
  return flags;
}

/** Writes only what differs from the default, keeping every other search param. */
export function writePanelFlag(search: URLSearchParams, flag: PanelFlag | UiPanelFlag, on: boolean): URLSearchParams {
  const next = new URLSearchParams(search);
  if (on) next.delete(flag);
  else next.set(flag, 'false');
  return next;
}

/** The API query: `showX=true` exactly for the panels that are on. */
export function toApiSearch(flags: PanelFlags): URLSearchParams {
  const search = new URLSearchParams();
  for (const { flag } of PANELS) if (flags[flag]) search.set(flag, 'true');
  return search;
}
