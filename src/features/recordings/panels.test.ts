import { describe, expect, it } from 'vitest';

import { ALL_PANELS_ON, buildRecording } from '@/testing/recording-fixtures';

import { PAGE_ORDER, PANELS, parsePanelFlags, shownSections, toApiSearch, UI_PANELS, writePanelFlag } from './panels';

const allOn = {
  showSummary: true,
  showCrmCustomers: true,
  showCrmOpportunities: true,
  showEntityExtractions: true,
  showEvaluationScore: true,
  showFollowups: true,
};

describe('parsePanelFlags', () => {
  it('turns every panel on by default', () => {
    expect(parsePanelFlags(new URLSearchParams())).toEqual(allOn);
  });

  it.each(['false', '0', 'FALSE', ' False '])('turns a panel off for %j', (value) => {
    expect(parsePanelFlags(new URLSearchParams({ showSummary: value }))).toEqual({ ...allOn, showSummary: false });
  });

  it.each(['true', '1', 'no', ''])('keeps a panel on for %j', (value) => {
    expect(parsePanelFlags(new URLSearchParams({ showCrmCustomers: value })).showCrmCustomers).toBe(true);
  });
});

describe('writePanelFlag', () => {
  it("writes 'false' when off and removes the param when on, keeping the others", () => {
    const off = writePanelFlag(new URLSearchParams('tab=notes&showSummary=false'), 'showCrmOpportunities', false);
    expect(off.toString()).toBe('tab=notes&showSummary=false&showCrmOpportunities=false');
    expect(writePanelFlag(off, 'showSummary', true).toString()).toBe('tab=notes&showCrmOpportunities=false');
  });

  it('does not change the params it was given', () => {
    const search = new URLSearchParams('showSummary=false');
    writePanelFlag(search, 'showSummary', true);
    expect(search.toString()).toBe('showSummary=false');
  });
});

describe('toApiSearch', () => {
  it('asks for exactly the panels that are on', () => {
    const search = toApiSearch({ ...allOn, showSummary: false, showEntityExtractions: false });
    expect(search.toString()).toBe('showCrmCustomers=true&showCrmOpportunities=true&showEvaluationScore=true&showFollowups=true');
  });

  it('asks for nothing when every panel is off', () => {
    expect(
      toApiSearch({
        showSummary: false,
        showCrmCustomers: false,
        showCrmOpportunities: false,
        showEntityExtractions: false,
        showEvaluationScore: false,
        showFollowups: false,
      }).toString(),
    ).toBe('');
  });
});

describe('the panel registry', () => {
  it('gives every panel its own flag and anchor', () => {
    const panels = [...PANELS, ...UI_PANELS];
    expect(new Set(panels.map((panel) => panel.flag)).size).toBe(panels.length);
    expect(new Set(panels.map((panel) => panel.anchor)).size).toBe(panels.length);
  });

  it('orders the page by slot: the summary first, the conversation last', () => {
    expect(PAGE_ORDER.map((panel) => panel.short)).toEqual([
      'Summary',
      'Customer',
      'Score',
      'Opportunities',
      'Extractions',
      'Follow-ups',
      'Moments',
      'Talk',
      'Ask Siro',
      'Comments',
      'Transcript',
    ]);
  });

  it('leaves the fields of switched-off panels out of what is shown', () => {
    const recording = buildRecording();
    const shown = shownSections(recording, { ...ALL_PANELS_ON, showSummary: false, showFollowups: false });
    expect(shown).not.toHaveProperty('summary');
    expect(shown).not.toHaveProperty('followups');
    expect(shown.crmCustomer).toBe(recording.crmCustomer);
  });
});
