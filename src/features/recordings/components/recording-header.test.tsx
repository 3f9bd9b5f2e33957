import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildRecording, rawCustomer, rawOpportunity } from '@/testing/recording-fixtures';

import { RecordingHeader } from './recording-header';
import { RecordingIds } from './recording-ids';

function renderHeader(overrides: Record<string, unknown> = {}, rep: string | null | undefined = 'Jordan Lee') {
  const recording = buildRecording(overrides);
  return render(<RecordingHeader recording={recording} rep={rep} ids={<RecordingIds recording={recording} />} />);
}

/** The value shown under a term of the header's facts. */
const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
const header = () => screen.getByRole('banner');

describe('RecordingHeader', () => {
  it('shows the title', () => {
    renderHeader({ title: 'Kitchen visit' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kitchen visit' })).toBeInTheDocument();
  });

  it.each([null, '   '])('names a recording titled %j from its customer and kind of visit', (title) => {
    renderHeader({ title, crmCustomer: rawCustomer({ name: 'Sophie Tremblay' }), conversationType: 'In-home appointment' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sophie Tremblay – In-home appointment' })).toBeInTheDocument();
  });

  it('calls a recording "Untitled recording" only when nothing names it', () => {
    renderHeader({ title: null, crmCustomer: null, conversationType: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Untitled recording' })).toBeInTheDocument();
  });

  it('says who and with whom: the rep and the customer', () => {
    renderHeader({ crmCustomer: rawCustomer({ name: 'Dana Whitfield' }) }, 'Jordan Lee');
    expect(fact('Rep')).toHaveTextContent('Jordan Lee');
    expect(fact('Customer')).toHaveTextContent('Dana Whitfield');
  });

  it('shows an outsized customer name cut, never the whole of it', () => {
    renderHeader({ crmCustomer: rawCustomer({ name: 'Ω'.repeat(50_000) }) });
    expect(fact('Customer')!.textContent).toBe(`${'Ω'.repeat(200)}…`);
  });

  it('holds the rep’s place while the name is on its way, and says when it is unknown', () => {
    const recording = buildRecording();
    const { rerender } = render(<RecordingHeader recording={recording} />);
    expect(fact('Rep')).toHaveTextContent('Loading');
    rerender(<RecordingHeader recording={recording} rep={null} />);
    expect(fact('Rep')).toHaveTextContent('Not available');
  });

  it('says how it went: the outcome, the score as a pill, the deal amount', () => {
    renderHeader({ universalOutcomeLabel: 'POSITIVE', evaluationScore: 86, crmOpportunities: [rawOpportunity({ amount: 18_400 })] });
    expect(screen.getByText('Outcome:').parentElement).toHaveTextContent('Outcome:Positive');
    expect(within(header()).getByText('Score 86')).toBeInTheDocument();
    expect(fact('Deal')).toHaveTextContent('$18,400');
  });

  it('leaves out a deal and a score it does not have', () => {
    renderHeader({ evaluationScore: null, crmOpportunities: [] });
    expect(screen.queryByText('Deal', { selector: 'dt' })).not.toBeInTheDocument();
    expect(within(header()).queryByText(/^Score/)).not.toBeInTheDocument();
  });

  it.each([
    ['NEGATIVE', 'Negative'],
    ['NEUTRAL', 'Neutral'],
    ['CALLBACK_SCHEDULED', 'CALLBACK_SCHEDULED'],
  ])('shows the outcome %s as %j', (universalOutcomeLabel, text) => {
    renderHeader({ universalOutcomeLabel });
    expect(screen.getByText('Outcome:').parentElement).toHaveTextContent(`Outcome:${text}`);
  });

  it('gives the length as the player does: floored, m:ss under an hour', () => {
    renderHeader({ durationInMilliseconds: 2_560_600 });
    expect(screen.getByText('Length', { exact: false }).parentElement).toHaveTextContent('Length 42:40');
  });

  it('collapses the statuses into one quiet line when all is done', () => {
    renderHeader({ transcriptionStatus: 'COMPLETE', processingStatus: 'complete' });
    expect(header()).toHaveTextContent('Transcribed and processed');
    expect(screen.queryByText(/still processing/)).not.toBeInTheDocument();
  });

  it('speaks up when a status is not done', () => {
    renderHeader({ transcriptionStatus: 'UNRECOVERABLE_ERROR', processingStatus: 'error' });
    expect(header()).toHaveTextContent('Transcription failed permanently · Processing failed');
  });

  it('says when Siro is still processing', () => {
    renderHeader({ transcriptionStatus: 'TRANSCRIBING' });
    expect(screen.getByText(/still processing this recording/)).toHaveAttribute('role', 'status');
  });

  it('flags a deleted recording', () => {
    renderHeader({ deleted: true });
    expect(screen.getByRole('note')).toHaveTextContent('This recording was deleted.');
  });

  it('says "Not available" for a missing customer or ID', () => {
    renderHeader({ crmCustomer: null, teamId: null });
    expect(fact('Customer')).toHaveTextContent('Not available');
    expect(fact('Team ID')).toHaveTextContent('Not available');
    expect(screen.queryByRole('button', { name: 'Copy Team ID' })).not.toBeInTheDocument();
  });

  it.each([
    ['Recording ID', 'rec-123'],
    ['Organization ID', 'org-7'],
    ['Team ID', 'team-3'],
    ['User ID', 'user-9'],
  ])('copies the %s', async (term, value) => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderHeader({ id: 'rec-123' });
    const row = fact(term) as HTMLElement;
    await user.click(within(row).getByRole('button', { name: `Copy ${term}` }));
    expect(writeText).toHaveBeenCalledWith(value);
    expect(within(row).getByRole('status')).toHaveTextContent('Copied');
  });

  it('says when copying failed', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderHeader();
    await user.click(screen.getByRole('button', { name: 'Copy Recording ID' }));
    expect(await screen.findByText('Could not copy')).toBeInTheDocument();
  });

  it('confines an unterminated right-to-left override to the field it is in', () => {
    const fields = {
      title: overridden('Title'),
      conversationType: overridden('Type'),
      transcriptionLanguage: overridden('Language'),
      universalOutcomeLabel: overridden('Outcome'),
      organizationId: overridden('Org'),
    };
    renderHeader({ ...fields, crmCustomer: rawCustomer({ name: overridden('Customer') }) }, overridden('Rep'));
    for (const text of [...Object.values(fields), overridden('Customer'), overridden('Rep')]) expectBidiIsolated(text);
  });
});
