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
export const UI_PANELS = [
  { flag: 'showTranscript', label: 'Transcript' },
  { flag: 'showAsk', label: 'Ask Siro' },
] as const;

export type UiPanelFlag = (typeof UI_PANELS)[number]['flag'];
export type UiPanelFlags = Record<UiPanelFlag, boolean>;

/** On unless the URL says `false` (or `0`): a link without the flag shows the panel. */
function parseFlags<Flag extends string>(panels: ReadonlyArray<{ flag: Flag }>, search: URLSearchParams): Record<Flag, boolean> {
  const flags = {} as Record<Flag, boolean>;
  for (const { flag } of panels) {
    const value = search.get(flag)?.trim().toLowerCase();
    flags[flag] = value !== 'false' && value !== '0';
  }
  return flags;
}

/** The API panels a page URL asks for: all on unless the URL says otherwise. */
export const parsePanelFlags = (search: URLSearchParams): PanelFlags => parseFlags(PANELS, search);
export const parseUiPanelFlags = (search: URLSearchParams): UiPanelFlags => parseFlags(UI_PANELS, search);

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
