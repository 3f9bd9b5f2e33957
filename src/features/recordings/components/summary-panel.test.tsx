import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildRecording } from '@/testing/recording-fixtures';

import { SummaryPanel } from './summary-panel';

const summaryOf = (summary: unknown) => buildRecording({ summary }).summary;

describe('SummaryPanel', () => {
  it('shows each paragraph of the summary', () => {
    render(<SummaryPanel summary={summaryOf('Dana wants a quote.\n\n  \nFollow up <b>next</b> week.')} processing={false} />);
    expect(screen.getByText('Dana wants a quote.')).toBeInTheDocument();
    expect(screen.getByText('Follow up <b>next</b> week.')).toBeInTheDocument();
  });

  it.each([null, undefined, '  '])('says there is no summary for %j', (summary) => {
    render(<SummaryPanel summary={summaryOf(summary)} processing={false} />);
    expect(screen.getByText('No summary for this recording.')).toBeInTheDocument();
  });

  it.each([42, ['Dana wants a quote.'], { text: 'Dana wants a quote.' }])('says a summary of %j came but could not be read', (summary) => {
    render(<SummaryPanel summary={summaryOf(summary)} processing />);
    expect(screen.getByText('Siro sent a summary, but it could not be read.')).toBeInTheDocument();
    expect(screen.queryByText(/No summary|will appear/)).not.toBeInTheDocument();
  });

  it('shows a summary that reads "unreadable" as text: no text Siro sends is taken for the marker', () => {
    render(<SummaryPanel summary={summaryOf('unreadable')} processing={false} />);
    expect(screen.getByText('unreadable')).toBeInTheDocument();
  });

  it('shows the sections in place of the plain text when it is given them', () => {
    render(<SummaryPanel summary="Plain summary" sections={<h3>Key points</h3>} processing={false} />);
    expect(screen.getByRole('heading', { name: 'Key points' })).toBeInTheDocument();
    expect(screen.queryByText('Plain summary')).not.toBeInTheDocument();
  });

  it('says the summary is coming while Siro processes', () => {
    render(<SummaryPanel summary={undefined} processing />);
    expect(screen.getByText(/will appear when Siro finishes processing/)).toBeInTheDocument();
  });

  it('confines an unterminated right-to-left override to its paragraph', () => {
    const [first, second] = [overridden('First'), 'Second paragraph, left to right.'];
    render(<SummaryPanel summary={summaryOf(`${first}\n\n${second}`)} processing={false} />);
    expectBidiIsolated(first);
    expectBidiIsolated(second);
  });
});
