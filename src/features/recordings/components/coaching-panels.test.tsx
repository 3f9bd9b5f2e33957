import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { pickRecordingDocument } from '../api/recording-document-schema';
import MomentsPanel from './moments-panel';
import ScorecardPanel from './scorecard-panel';
import TalkMetricsPanel from './talk-metrics-panel';

const BANDS = [
  { color: 'RED', lowRange: 0, highRange: 59.99 },
  { color: 'YELLOW', lowRange: 60, highRange: 79.99 },
  { color: 'GREEN', lowRange: 80, highRange: 100 },
];
const criterion = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  nodeType: 'METRIC',
  parentId: 's1',
  indexNumber: 1,
  name: 'Asks for the sale',
  pointsEarned: 9,
  pointsPossible: 10,
  metadata: {
    thinking: 'He asks her to sign once Tom agrees.',
    recommendation: 'Ask sooner.',
    thinkingWithCitation: {
      citations: [
        { quote: 'Sign here, and initial here for the warranty registration.', startTimeInMillis: 2_458_000, endTimeInMillis: 2_462_000 },
      ],
    },
  },
  ...extra,
});
const documentWith = (raw: Record<string, unknown>) => pickRecordingDocument({ data: [{ id: 'r', ...raw }] }, 'r')!;
const evaluation = (nodes: unknown[]) =>
  documentWith({
    evaluation: {
      pointsEarned: 9,
      pointsPossible: 10,
      evaluatedNodes: [
        { id: 'root', nodeType: 'ROOT', parentId: '' },
        { id: 's1', nodeType: 'SECTION', parentId: 'root', name: 'Close', pointsEarned: 9, pointsPossible: 10 },
        ...nodes,
      ],
    },
  }).evaluation!;

afterEach(() => window.history.replaceState({}, '', '/'));

/** The page's address as it would be on the recording page, and the clipboard spied on. */
function onRecordingPage() {
  window.history.replaceState({}, '', '/recordings/r?showMoments=true');
  // setup() puts a clipboard on jsdom's navigator, to spy on.
  const user = userEvent.setup();
  return { user, writeText: vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue() };
}

describe('ScorecardPanel', () => {
  it('shows the total, the section and each criterion with its reasons; a cited quote seeks the audio', async () => {
    const onSeek = vi.fn();
    render(<ScorecardPanel evaluation={evaluation([criterion('m1')])} bands={BANDS} onSeek={onSeek} />);
    expect(screen.getByText(/9/, { selector: 'p' })).toHaveTextContent('9 / 10');
    const section = screen.getByRole('region', { name: 'Close' });
    const toggle = within(section).getByRole('button', { name: /Asks for the sale/ });
    expect(toggle).toHaveTextContent('Strong');
    // jsdom has no media queries: the phone layout, one line until opened.
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(screen.getByText('He asks her to sign once Tom agrees.')).toBeVisible();
    expect(screen.getByText('Ask sooner.')).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: 'Play from 40:58: Sign here, and initial here for the warranty registration.' }),
    );
    expect(onSeek).toHaveBeenCalledWith(2_458_000);
  });

  it('copies a link to the page at a cited quote', async () => {
    const { user, writeText } = onRecordingPage();
    render(<ScorecardPanel evaluation={evaluation([criterion('m1')])} bands={BANDS} onSeek={() => {}} />);
    await user.click(screen.getByRole('button', { name: /Asks for the sale/ }));
    const quotes = screen.getByRole('list', { name: 'Quotes cited for Asks for the sale' });
    await user.click(within(quotes).getByRole('button', { name: 'Copy link at 40:58' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/recordings/r?showMoments=true&t=40m58s`);
    expect(within(quotes).getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
  });

  it('shows what it can of a partial scorecard and counts what it cannot', async () => {
    render(
      <ScorecardPanel
        evaluation={evaluation([
          criterion('m1', { metadata: {}, pointsEarned: null }),
          { id: 7 },
          criterion('orphan', { parentId: 'gone' }),
        ])}
        bands={[]}
        onSeek={() => {}}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: /Asks for the sale/ }));
    expect(screen.getByText('Siro gave no reasoning for this criterion.')).toBeVisible();
    expect(screen.getByText('2 parts of the scorecard could not be read and are not shown.')).toBeInTheDocument();
  });

  it('says so when the scorecard has no criteria', () => {
    render(
      <ScorecardPanel evaluation={documentWith({ evaluation: { evaluatedNodes: [] } }).evaluation!} bands={BANDS} onSeek={() => {}} />,
    );
    expect(screen.getByText('This scorecard has no criteria to show.')).toBeInTheDocument();
  });
});

describe('MomentsPanel', () => {
  const tags = documentWith({
    jumpToTags: [
      { type: 'PRICING', timestampInMilliseconds: 2_013_000, preview: 'Good is GAF Timberline HDZ…', bookmarkConfigId: 'bkc-pricing' },
      { type: 'OBJECTION', timestampInMilliseconds: 2_037_000, preview: 'Honestly that is more than I was hoping.' },
      { type: 'NEW_KIND', timestampInMilliseconds: 10_000 },
      { type: 'OBJECTION', timestampInMilliseconds: 'later' },
    ],
  }).jumpToTags!;
  const kinds = [{ id: 'bkc-pricing', title: 'Pricing discussed', types: ['PRICING'] }];

  it('lists moments by time with their kind and preview, filters by kind, and seeks on click', async () => {
    const onSeek = vi.fn();
    const onFilter = vi.fn();
    const { rerender } = render(
      <MomentsPanel moments={tags.items} skipped={tags.skipped} kinds={kinds} filter={null} onFilter={onFilter} onSeek={onSeek} />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('0:10 New kind'),
      expect.stringContaining('33:33 Pricing discussed'),
      expect.stringContaining('33:57 Objection'),
    ]);
    await userEvent.click(screen.getByRole('button', { name: /Objection/ }));
    expect(onSeek).toHaveBeenCalledWith(2_037_000);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Objection (1)');
    expect(onFilter).toHaveBeenCalledWith('OBJECTION');
    rerender(
      <MomentsPanel moments={tags.items} skipped={tags.skipped} kinds={kinds} filter="OBJECTION" onFilter={onFilter} onSeek={onSeek} />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('1 moment could not be read and is not shown.')).toBeInTheDocument();
  });

  it('copies a link to the page at each moment, without seeking', async () => {
    const { user, writeText } = onRecordingPage();
    const onSeek = vi.fn();
    render(<MomentsPanel moments={tags.items} skipped={0} kinds={kinds} filter={null} onFilter={() => {}} onSeek={onSeek} />);
    const objection = screen.getAllByRole('listitem')[2]!;
    await user.click(within(objection).getByRole('button', { name: 'Copy link at 33:57' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/recordings/r?showMoments=true&t=33m57s`);
    expect(within(objection).getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
    expect(onSeek).not.toHaveBeenCalled();
  });

  it('says so when there are none', () => {
    render(<MomentsPanel moments={[]} skipped={0} kinds={[]} filter={null} onFilter={() => {}} onSeek={() => {}} />);
    expect(screen.getByText('Siro tagged no moments in this recording.')).toBeInTheDocument();
  });
});

describe('TalkMetricsPanel', () => {
  it('shows the talk share as a bar with numbers and every metric', () => {
    render(
      <TalkMetricsPanel
        fromTranscript={false}
        metrics={{
          repSpeakerShare: 69.9,
          longestMonologueMillis: 30_667,
          longestCustomerStoryMillis: 12_000,
          repQuestionsCount: 19,
          customerQuestionsCount: 12,
          repWordsPerMinute: 186,
          repFillerWordsPerMin: 0.1,
          interactivityScore: 9.9,
        }}
      />,
    );
    expect(screen.getByRole('img', { name: 'Talk share: rep 70%, customer 30%' })).toBeInTheDocument();
    expect(screen.getByText('Rep 70%')).toBeInTheDocument();
    expect(screen.getByText('0:30')).toBeInTheDocument();
    expect(screen.getByText('Rep 19 · Customer 12')).toBeInTheDocument();
    expect(screen.getByText('186')).toBeInTheDocument();
    expect(screen.queryByText(/computed from its transcript/)).not.toBeInTheDocument();
  });

  it('says when the metrics come from the transcript, and which are not available', () => {
    render(<TalkMetricsPanel fromTranscript metrics={{ repSpeakerShare: 55, repQuestionsCount: 3, customerQuestionsCount: 1 }} />);
    expect(screen.getByText(/computed from its transcript/)).toBeInTheDocument();
    expect(screen.getAllByText('Not available')).toHaveLength(5);
  });

  it('says so when there is nothing, or that it is still computing', () => {
    const { rerender } = render(<TalkMetricsPanel fromTranscript metrics={{}} loading />);
    expect(screen.getByText('Computing the talk metrics from the transcript…')).toBeInTheDocument();
    rerender(<TalkMetricsPanel fromTranscript metrics={{}} />);
    expect(screen.getByText(/No talk metrics for this recording/)).toBeInTheDocument();
  });
});
