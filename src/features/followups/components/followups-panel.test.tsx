import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildFollowups, rawFollowup } from '@/testing/recording-fixtures';
import { renderWithProviders } from '@/testing/render';

import { FollowupsPanel } from './followups-panel';

const renderFollowups = (raw: unknown) => renderWithProviders(<FollowupsPanel followups={buildFollowups(raw)} />);
/** The card of the follow-up whose heading (its type in words) is `name`. */
const card = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('article') as HTMLElement;
/** The value shown under a term of a card's details. */
const detail = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
/** The entries of the list under a card's "History" heading. */
const historyEntries = (scope: HTMLElement) =>
  within(within(scope).getByRole('heading', { level: 4, name: 'History' }).nextElementSibling as HTMLElement).getAllByRole('listitem');

describe('FollowupsPanel', () => {
  it.each([
    ['REHASH', 'Rehash'],
    ['CROSS_SELL', 'Cross-sell'],
    ['UPSELL_LATER', 'UPSELL_LATER'],
  ])('puts the type %s in words as %j', (followupType, name) => {
    renderFollowups([rawFollowup({ followupType })]);
    expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
  });

  it('calls a follow-up without a type "Follow-up"', () => {
    renderFollowups([rawFollowup({ followupType: null })]);
    expect(screen.getByRole('heading', { level: 3, name: 'Follow-up' })).toBeInTheDocument();
  });

  it('shows the score out of 5', () => {
    renderFollowups([rawFollowup({ score: 4 })]);
    expect(within(card('Cross-sell')).getByText('Score 4 of 5')).toBeInTheDocument();
  });

  it('shows a score of 0, and no score when there is none', () => {
    renderFollowups([rawFollowup({ followupType: 'REHASH', score: 0 }), rawFollowup({ score: null })]);
    expect(within(card('Rehash')).getByText('Score 0 of 5')).toBeInTheDocument();
    expect(within(card('Cross-sell')).queryByText(/^Score/)).not.toBeInTheDocument();
  });

  it.each([
    ['TO_DO', 'To do'],
    ['IN_PROGRESS', 'In progress'],
    ['COMPLETE', 'Complete'],
    ['SNOOZED', 'SNOOZED'],
  ])('shows the status %s as %j', (status, text) => {
    renderFollowups([rawFollowup({ status, history: [] })]);
    expect(within(card('Cross-sell')).getByText(text, { selector: 'span' })).toBeInTheDocument();
  });

  it('shows the action, the rep and the team', () => {
    renderFollowups([
      rawFollowup({ followupAction: 'Email the gutter quote.', repName: 'Marcus Bell', teamName: 'Roofing – North Dallas' }),
    ]);
    const followup = card('Cross-sell');
    expect(within(followup).getByText('Email the gutter quote.')).toBeInTheDocument();
    expect(detail(followup, 'Rep')).toHaveTextContent('Marcus Bell');
    expect(detail(followup, 'Team')).toHaveTextContent('Roofing – North Dallas');
  });

  it('says "Not available" for a missing rep, team or note', () => {
    renderFollowups([rawFollowup({ repName: null, teamName: undefined, note: null })]);
    const followup = card('Cross-sell');
    expect(detail(followup, 'Rep')).toHaveTextContent('Not available');
    expect(detail(followup, 'Team')).toHaveTextContent('Not available');
    expect(detail(followup, 'Note')).toHaveTextContent('Not available');
  });

  it('puts context headers in words, and keeps headers that are already words', () => {
    renderFollowups([
      rawFollowup({
        context: [
          { header: 'MAIN_OBJECTION', value: 'Wants the roof done first.' },
          { header: 'OVERALL_COST', value: '$2,950' },
          { header: 'Best time to call', value: 'Evenings' },
        ],
      }),
    ]);
    const followup = card('Cross-sell');
    expect(detail(followup, 'Main objection')).toHaveTextContent('Wants the roof done first.');
    expect(detail(followup, 'Overall cost')).toHaveTextContent('$2,950');
    expect(detail(followup, 'Best time to call')).toHaveTextContent('Evenings');
    expect(within(followup).queryByText('MAIN_OBJECTION')).not.toBeInTheDocument();
  });

  it('lists the history: who, the status in words and the note', () => {
    renderFollowups([
      rawFollowup({
        history: [
          { id: 'h-1', updatedBy: 'Siro', createdAt: '2024-05-14T16:10:00Z', note: 'Created from the recording.', status: 'TO_DO' },
          { id: 'h-2', updatedBy: 'Marcus Bell', createdAt: '2024-05-15T09:00:00Z', note: 'Sent the quote.', status: 'IN_PROGRESS' },
          { id: 'h-3', updatedBy: null, createdAt: null, note: null, status: 'COMPLETE' },
        ],
      }),
    ]);
    const followup = card('Cross-sell');
    expect(within(followup).getByRole('heading', { level: 4, name: 'History' })).toBeInTheDocument();
    const entries = historyEntries(followup);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toHaveTextContent('Siro set it to To do');
    expect(entries[0]).toHaveTextContent('“Created from the recording.”');
    expect(entries[1]).toHaveTextContent('Marcus Bell set it to In progress');
    expect(entries[1]).toHaveTextContent('“Sent the quote.”');
    expect(entries[2]).toHaveTextContent('Date not available · Someone set it to Complete');
    expect(entries[2]).not.toHaveTextContent('“');
  });

  it('says how many context details and history entries could not be read', () => {
    renderFollowups([
      rawFollowup({
        context: [{ header: 'MAIN_OBJECTION', value: 'Price' }, { header: 'SCOPE' }, 'loose'],
        history: [{ id: 'h-1', updatedBy: 'Siro', createdAt: null, note: null, status: 'TO_DO' }, 42],
      }),
    ]);
    const followup = card('Cross-sell');
    expect(detail(followup, 'Main objection')).toHaveTextContent('Price');
    expect(within(followup).getByText('2 details could not be read and are not shown.')).toBeInTheDocument();
    expect(historyEntries(followup)).toHaveLength(1);
    expect(within(followup).getByText('1 history entry could not be read and is not shown.')).toBeInTheDocument();
  });

  it('links to the customer in the CRM in a new tab, without leaking the opener', () => {
    renderFollowups([rawFollowup({ crmUrl: 'https://crm.example.com/accounts/42' })]);
    const link = within(card('Cross-sell')).getByRole('link', { name: /Open in CRM/ });
    expect(link).toHaveAttribute('href', 'https://crm.example.com/accounts/42');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each([null, 'javascript:alert(1)', 'JaVaScRiPt:alert(document.cookie)', 'data:text/html,<b>x</b>', '/accounts/42', 42])(
    'has no CRM link for a crmUrl of %j',
    (crmUrl) => {
      renderFollowups([rawFollowup({ crmUrl })]);
      expect(card('Cross-sell')).toBeInTheDocument();
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
    },
  );

  it('has no history section when there is no history', () => {
    renderFollowups([rawFollowup({ history: [] })]);
    expect(within(card('Cross-sell')).queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
  });

  it('shows every follow-up', () => {
    renderFollowups([rawFollowup({ followupType: 'REHASH' }), rawFollowup({ followupType: 'CROSS_SELL' })]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Rehash', 'Cross-sell']);
  });

  it('renders hostile strings as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderFollowups([rawFollowup({ followupAction: hostile, context: [{ header: hostile, value: hostile }] })]);
    expect(within(card('Cross-sell')).getAllByText(hostile)).toHaveLength(3);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it.each([
    ['an empty list', []],
    ['null', null],
    ['undefined', undefined],
  ])('says there are no follow-ups for %s', (_name, raw) => {
    renderFollowups(raw);
    expect(screen.getByText('No follow-ups for this recording.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('shows the readable follow-ups and says how many could not be read', () => {
    renderFollowups([rawFollowup(), 'garbage', 42]);
    expect(card('Cross-sell')).toBeInTheDocument();
    expect(screen.getByText('2 follow-ups could not be read and are not shown.')).toBeInTheDocument();
  });

  it('says when the only follow-up could not be read, and not that there are none', () => {
    renderFollowups([null]);
    expect(screen.getByText('1 follow-up could not be read and is not shown.')).toBeInTheDocument();
    expect(screen.queryByText('No follow-ups for this recording.')).not.toBeInTheDocument();
  });

  it('keeps a follow-up whose fields are malformed, each shown as missing', () => {
    renderFollowups([rawFollowup({ followupType: 7, score: 'high', status: { a: 1 }, repName: ['x'] })]);
    const followup = card('Follow-up');
    expect(within(followup).queryByText(/^Score/)).not.toBeInTheDocument();
    expect(detail(followup, 'Rep')).toHaveTextContent('Not available');
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it('says when the follow-ups are not a list, and not that there are none', () => {
    renderFollowups({ followupId: 'fu-1' });
    expect(screen.getByText('1 follow-up could not be read and is not shown.')).toBeInTheDocument();
    expect(screen.queryByText('No follow-ups for this recording.')).not.toBeInTheDocument();
  });

  it('confines an unterminated right-to-left override to the field it is in, even inside a sentence', () => {
    const texts = {
      type: overridden('Type'),
      status: overridden('Status'),
      action: overridden('Action'),
      rep: overridden('Rep'),
      header: overridden('Header'),
      value: overridden('Value'),
      updatedBy: overridden('Updater'),
      historyStatus: overridden('Set'),
      note: overridden('Note'),
    };
    renderFollowups([
      rawFollowup({
        followupType: texts.type,
        status: texts.status,
        followupAction: texts.action,
        repName: texts.rep,
        context: [{ header: texts.header, value: texts.value }],
        history: [{ id: 'h-1', updatedBy: texts.updatedBy, createdAt: null, note: texts.note, status: texts.historyStatus }],
      }),
    ]);
    for (const text of Object.values(texts)) expectBidiIsolated(text);
    // The sentence around the name and status stays outside their isolates.
    expect(historyEntries(card(texts.type))[0]).toHaveTextContent(`${texts.updatedBy} set it to ${texts.historyStatus}`);
  });

  it('groups many follow-ups by status, what is still to do first', async () => {
    const user = userEvent.setup();
    const statuses = ['COMPLETE', 'IN_PROGRESS', 'TO_DO'];
    const many = Array.from({ length: 18 }, (_, i) => rawFollowup({ followupId: `fu-${i + 1}`, status: statuses[i % 3], history: [] }));
    renderFollowups(many);
    expect(screen.getByRole('button', { name: 'Show all 18 follow-ups' })).toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: 'Group by status' }));
    const groups = screen.getAllByRole('region');
    expect(groups.map((group) => group.getAttribute('aria-label'))).toEqual(['To do', 'In progress']);
    // The first ten in that order: the second group is cut short, its heading counts them all.
    expect(within(groups[0]!).getAllByRole('article')).toHaveLength(6);
    expect(within(groups[1]!).getAllByRole('article')).toHaveLength(4);
    expect(groups[1]).toHaveTextContent(/^In progress · 6/);
  });
});
