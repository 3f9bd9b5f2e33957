import type { Recording } from './api/recording-schema';

// The panel registry: one entry per panel, read by the page (its slot and order), the switches
// and the section navigation (label, short name, anchor), the exports and the skeletons (the
// recording field it brings). The flag is also the URL search param, so a shared link
// reproduces the view.

/**
 * Where a panel sits: right after the header (`lead`), side by side on a wide screen (`side`),
 * in the page's column (`main`), or with the conversation at the end (`end`).
 */
export type PanelSlot = 'lead' | 'side' | 'main' | 'end';
export const SLOTS: readonly PanelSlot[] = ['lead', 'side', 'main', 'end'];

type Entry = {
  flag: `show${string}`;
  /** The switch's and the panel heading's name. */
  label: string;
  /** Its name in the section navigation. */
  short: string;
  /** The panel's element id, the section navigation's link target. */
  anchor: string;
  slot: PanelSlot;
};

// Panels bound to the API's own query flag: switched on, the recording request brings `field`.
export const PANELS = [
  { flag: 'showSummary', label: 'Summary', short: 'Summary', anchor: 'summary', field: 'summary', slot: 'lead' },
  { flag: 'showCrmCustomers', label: 'CRM customer', short: 'Customer', anchor: 'customer', field: 'crmCustomer', slot: 'side' },
  {
    flag: 'showCrmOpportunities',
    label: 'Opportunities',
    short: 'Opportunities',
    anchor: 'opportunities',
    field: 'crmOpportunities',
    slot: 'main',
  },
  {
    flag: 'showEntityExtractions',
    label: 'Entity extractions',
    short: 'Extractions',
    anchor: 'extractions',
    field: 'entityExtractions',
    slot: 'main',
  },
  { flag: 'showEvaluationScore', label: 'Score', short: 'Score', anchor: 'score', field: 'evaluationScore', slot: 'side' },
  { flag: 'showFollowups', label: 'Follow-ups', short: 'Follow-ups', anchor: 'follow-ups', field: 'followups', slot: 'main' },
] as const satisfies ReadonlyArray<Entry & { field: keyof Recording }>;

export type PanelFlag = (typeof PANELS)[number]['flag'];
export type PanelFlags = Record<PanelFlag, boolean>;

// Panels with no API flag (their data has its own endpoint, or none): switched and kept in the
// URL the same way, never sent with the recording request.
export const UI_PANELS = [
  { flag: 'showMoments', label: 'Moments', short: 'Moments', anchor: 'moments', field: null, slot: 'main' },
  { flag: 'showTalkMetrics', label: 'Talk metrics', short: 'Talk', anchor: 'talk-metrics', field: null, slot: 'main' },
  { flag: 'showTranscript', label: 'Transcript', short: 'Transcript', anchor: 'transcript', field: null, slot: 'end' },
  { flag: 'showAsk', label: 'Ask Siro', short: 'Ask Siro', anchor: 'ask', field: null, slot: 'main' },
  { flag: 'showComments', label: 'Comments', short: 'Comments', anchor: 'comments', field: null, slot: 'main' },
] as const satisfies ReadonlyArray<Entry & { field: null }>;

export type UiPanelFlag = (typeof UI_PANELS)[number]['flag'];
export type UiPanelFlags = Record<UiPanelFlag, boolean>;

export type AnyPanel = (typeof PANELS)[number] | (typeof UI_PANELS)[number];

/** Every panel in the order the page shows them: by slot, then as listed. */
export const PAGE_ORDER: readonly AnyPanel[] = SLOTS.flatMap((slot) => [...PANELS, ...UI_PANELS].filter((panel) => panel.slot === slot));

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

/** The recording without the sections switched off: data cached for them must not be exported. */
export function shownSections(recording: Recording, flags: PanelFlags): Recording {
  const shown = { ...recording };
  for (const { flag, field } of PANELS) if (!flags[flag]) delete shown[field];
  return shown;
}
