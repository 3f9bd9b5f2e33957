import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expectBidiIsolated, overridden } from '@/testing/bidi';
import { buildRecording } from '@/testing/recording-fixtures';
import { RecordingHeader } from './recording-header';

const renderHeader = (overrides: Record<string, unknown> = {}) => render(<RecordingHeader recording={buildRecording(overrides)} />);

/** The value shown under a term of the header's facts. */
const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

describe('RecordingHeader', () => {
  it('shows the title, or says it has none', () => {
    renderHeader({ title: 'Kitchen visit' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kitchen visit' })).toBeInTheDocument();
  });

  it.each([null, '   '])('calls a recording titled %j "Untitled recording"', (title) => {
    renderHeader({ title });
    expect(screen.getByRole('heading', { level: 1, name: 'Untitled recording' })).toBeInTheDocument();
  });

  it('shows the duration as h:mm:ss', () => {
    renderHeader({ durationInMilliseconds: 3_725_000 });
    expect(fact('Duration')).toHaveTextContent('1:02:05');
  });

  it.each([
    ['POSITIVE', 'Positive'],
    ['NEGATIVE', 'Negative'],
    ['NEUTRAL', 'Neutral'],
    ['CALLBACK_SCHEDULED', 'CALLBACK_SCHEDULED'],
  ])('shows the outcome %s as %j', (universalOutcomeLabel, text) => {
    renderHeader({ universalOutcomeLabel });
    expect(screen.getByText('Outcome:').parentElement).toHaveTextContent(`Outcome:${text}`);
  });

  it('puts transcription and processing status in words', () => {
    renderHeader({ transcriptionStatus: 'UNRECOVERABLE_ERROR', processingStatus: 'error' });
    expect(fact('Transcription')).toHaveTextContent('Transcription failed permanently');
    expect(fact('Processing')).toHaveTextContent('Processing failed');
  });

  it('says when Siro is still processing', () => {
    renderHeader({ transcriptionStatus: 'TRANSCRIBING' });
    expect(screen.getByText(/still processing this recording/)).toHaveAttribute('role', 'status');
  });

  it('flags a deleted recording', () => {
    renderHeader({ deleted: true });
    expect(screen.getByRole('note')).toHaveTextContent('This recording was deleted.');
  });

  it('says "Not available" for missing facts', () => {
    renderHeader({ durationInMilliseconds: null, teamId: null });
    expect(fact('Duration')).toHaveTextContent('Not available');
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
    renderHeader(fields);
    for (const text of Object.values(fields)) expectBidiIsolated(text);
  });
});
