import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AudioProvider } from '@/features/conversation/audio-context';
import { createAudioStore } from '@/features/conversation/audio-store';

import type { SummarySection } from '../api/summary-sections-schema';
import { SummarySections } from './summary-sections';

const sections: SummarySection[] = [
  {
    id: 's1',
    header: 'Key points',
    text: '- Roof is 19 years old.\n- Claim denied.',
    order: 0,
    quotes: [{ text: 'It was built in 2007.', startMs: 21_400 }],
  },
  { id: 's2', header: 'Next steps', text: 'Send the HOA form.', order: 1, quotes: [] },
];

describe('SummarySections', () => {
  it('shows each section under its own heading, with its points and quotes', () => {
    render(
      <AudioProvider>
        <SummarySections sections={sections} />
      </AudioProvider>,
    );
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Key points', 'Next steps']);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toContain('Claim denied.');
    expect(screen.getByText('It was built in 2007.')).toBeInTheDocument();
  });

  it('plays a quote from its start when its button is pressed', async () => {
    const store = createAudioStore();
    render(
      <AudioProvider store={store}>
        <SummarySections sections={sections} />
      </AudioProvider>,
    );
    const quote = screen.getByText('It was built in 2007.').closest('li')!;
    await userEvent.setup().click(within(quote).getByRole('button', { name: 'Play quote at 0:21' }));
    expect(store.getState()).toMatchObject({ currentMs: 21_400, engaged: true });
  });

  it('copies a link to the page at a quote, and says so', async () => {
    window.history.replaceState({}, '', '/recordings/r?showTranscript=false');
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const store = createAudioStore();
    render(
      <AudioProvider store={store}>
        <SummarySections sections={sections} />
      </AudioProvider>,
    );
    const quote = screen.getByText('It was built in 2007.').closest('li')!;
    await user.click(within(quote).getByRole('button', { name: 'Copy link at 0:21' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/recordings/r?showTranscript=false&t=21s`);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(store.getState().engaged).toBe(false);
  });
});

afterEach(() => window.history.replaceState({}, '', '/'));
