import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';

import type { Hit } from '../api/search-schema';
import { AppRecordingLink } from './inbox-page';
import { InboxRow } from './inbox-row';

const NOW = Date.parse('2026-04-30T18:00:00Z');
const BANDS = [
  { color: 'RED', lowRange: 0, highRange: 59 },
  { color: 'GREEN', lowRange: 80, highRange: 100 },
];

const full: Hit = {
  recordingId: 'rec/1',
  dateCreated: NOW - 3 * 3_600_000,
  title: 'Whitaker – roof replacement',
  repFirstName: 'Marcus',
  repLastName: 'Bell',
  userId: 'u-1',
  teamId: 't-1',
  teamName: 'Roofing',
  result: 'closed',
  isPrivate: true,
  conversationType: 'In-home appointment',
  durationInMilliseconds: 3_725_000,
  viewed: false,
  universalOutcomeLabel: 'POSITIVE',
  evaluation: { pointsEarned: 88, pointsPossible: 100 },
  crmCustomer: { name: 'Karen & Tom Whitaker', organizationId: 'org' },
  followups: [{}],
};

function renderRow(hit: Hit, colorBands = BANDS) {
  return renderWithProviders(
    <ul>
      <li>
        <InboxRow hit={hit} colorBands={colorBands} now={NOW} link={AppRecordingLink} />
      </li>
    </ul>,
  );
}

describe('InboxRow', () => {
  it('shows every field, the title being the link to the recording', () => {
    renderRow(full);
    const link = screen.getByRole('link', { name: 'Whitaker – roof replacement' });
    expect(link).toHaveAttribute('href', '/recordings/rec%2F1');
    const row = screen.getByRole('article');
    // The details read as one line, in this order.
    expect(within(row).getByText(/Marcus Bell/).textContent).toBe(
      ['Marcus Bell', 'Karen & Tom Whitaker', 'In-home appointment', 'Closed'].map((value) => `\u2068${value}\u2069`).join('\u00a0· '),
    );
    for (const text of ['Positive', 'Follow-up', 'Private']) expect(row).toHaveTextContent(text);
    expect(within(row).getByRole('img', { name: 'Duration 1:02:05' })).toHaveTextContent('1:02:05');
    expect(within(row).getByRole('heading', { level: 2 })).toHaveAccessibleName('Not viewed Whitaker – roof replacement');
    expect(within(row).getByText(/3 hours ago/)).toHaveAttribute('datetime', new Date(full.dateCreated).toISOString());
    expect(within(row).getByRole('img', { name: 'Score 88' })).toHaveClass('bg-emerald-100');
  });

  it('shows an older recording by its date, and a score outside every band as neutral', () => {
    renderRow({ ...full, dateCreated: Date.parse('2026-02-03T15:00:00Z'), evaluation: { pointsEarned: 70, pointsPossible: 100 } });
    expect(screen.getByRole('article')).toHaveTextContent(
      new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(Date.parse('2026-02-03T15:00:00Z')),
    );
    expect(screen.getByRole('img', { name: 'Score 70' })).toHaveClass('bg-slate-100');
  });

  it('with every field missing: "Untitled recording", and nothing made up', () => {
    renderRow({ recordingId: 'r2', dateCreated: NOW - 86_400_000 * 30 }, []);
    expect(screen.getByRole('link', { name: 'Untitled recording' })).toHaveAttribute('href', '/recordings/r2');
    const row = screen.getByRole('article');
    for (const text of ['Follow-up', 'Private', '·']) expect(row).not.toHaveTextContent(text);
    expect(within(row).queryByRole('img')).toBeNull();
    expect(within(row).getByRole('heading', { level: 2 })).toHaveAccessibleName('Untitled recording');
    expect(row.querySelectorAll('p')).toHaveLength(1);
  });

  it('opens the recording from anywhere on the card, with the keys held, but not when text is selected', async () => {
    const user = userEvent.setup();
    renderRow(full);
    const row = screen.getByRole('article');
    const clicks: MouseEvent[] = [];
    screen.getByRole('link').addEventListener('click', (event) => {
      clicks.push(event);
      event.preventDefault();
    });
    vi.spyOn(window, 'getSelection').mockReturnValueOnce({ toString: () => 'Karen' } as Selection);
    await user.click(within(row).getByText(/Marcus Bell/));
    expect(clicks).toHaveLength(0);

    await user.click(within(row).getByText(/Marcus Bell/));
    await user.keyboard('{Control>}');
    await user.click(within(row).getByText('Private'));
    await user.keyboard('{/Control}');
    // A click on the link itself is the link's own, once.
    await user.click(screen.getByRole('link'));
    expect(clicks.map((click) => click.ctrlKey)).toEqual([false, true, false]);
  });

  it('keeps an outcome newer than this code as Siro wrote it', () => {
    renderRow({ ...full, universalOutcomeLabel: 'MIXED' });
    expect(screen.getByText('MIXED')).toBeInTheDocument();
  });
});
