import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { PanelToggles } from './panel-toggles';

const flags = {
  showSummary: true,
  showCrmCustomers: false,
  showCrmOpportunities: true,
  showEntityExtractions: true,
  showEvaluationScore: true,
  showFollowups: true,
};

describe('PanelToggles', () => {
  it('shows one labelled switch per panel, reflecting the flags', () => {
    render(
      <PanelToggles
        flags={flags}
        uiFlags={{ showTranscript: false, showAsk: false, showComments: false, showMoments: false, showTalkMetrics: false }}
        onToggle={() => {}}
      />,
    );
    expect(screen.getByRole('switch', { name: 'Summary' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('switch', { name: 'CRM customer' })).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('switch', { name: 'Opportunities' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('switch', { name: 'Entity extractions' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('switch', { name: 'Transcript' })).toHaveAttribute('aria-checked', 'false');
  });

  it('switches a panel off with the keyboard', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(
      <PanelToggles
        flags={flags}
        uiFlags={{ showTranscript: false, showAsk: false, showComments: false, showMoments: false, showTalkMetrics: false }}
        onToggle={onToggle}
      />,
    );
    await user.tab();
    expect(screen.getByRole('switch', { name: 'Summary' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onToggle).toHaveBeenCalledExactlyOnceWith('showSummary', false);
  });

  it('switches a panel on by clicking its label', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(
      <PanelToggles
        flags={flags}
        uiFlags={{ showTranscript: false, showAsk: false, showComments: false, showMoments: false, showTalkMetrics: false }}
        onToggle={onToggle}
      />,
    );
    await user.click(screen.getByText('CRM customer'));
    expect(onToggle).toHaveBeenCalledExactlyOnceWith('showCrmCustomers', true);
  });
});
