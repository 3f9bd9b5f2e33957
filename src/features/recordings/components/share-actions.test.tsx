import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { BLOB_URL, stubDownload } from '@/testing/download';
import { buildRecording, rawExtraction, RECORDING_ID } from '@/testing/recording-fixtures';

import { ShareActions } from './share-actions';

const renderActions = (overrides: Record<string, unknown> = {}) =>
  render(<ShareActions recording={buildRecording({ title: 'Kitchen visit with Dana', ...overrides })} />);
const button = (name: string) => screen.getByRole('button', { name });

const initialUrl = window.location.href;
afterEach(() => {
  window.history.replaceState(null, '', initialUrl);
  vi.useRealTimers();
});

describe('ShareActions: Copy link', () => {
  beforeEach(() => window.history.replaceState(null, '', `/recordings/${RECORDING_ID}?showFollowups=false`));

  it('copies the address of this view, toggles included, and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderActions();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    await user.click(button('Copy link'));

    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(writeText.mock.calls[0]![0]).toBe(`${window.location.origin}/recordings/${RECORDING_ID}?showFollowups=false`);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
  });

  it('says when the link could not be copied', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    renderActions();

    await user.click(button('Copy link'));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Could not copy the link; copy it from the address bar.');
    expect(status).not.toHaveTextContent('Link copied');
  });

  it('clears the message after a few seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderActions();

    // user-event's own waits stall under fake timers: a plain click, then let the copy settle.
    fireEvent.click(button('Copy link'));
    await act(async () => {});
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');

    act(() => vi.advanceTimersByTime(2_900));
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces again on a second click, and gives the message its full time again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderActions();
    const status = screen.getByRole('status');

    fireEvent.click(button('Copy link'));
    await act(async () => {});
    const first = status.firstElementChild;
    expect(first).toHaveTextContent('Link copied');

    act(() => vi.advanceTimersByTime(2_000));
    fireEvent.click(button('Copy link'));
    await act(async () => {});
    // Same words, new content: live regions announce what is added, not what stays.
    expect(status.firstElementChild).toHaveTextContent('Link copied');
    expect(status.firstElementChild).not.toBe(first);

    act(() => vi.advanceTimersByTime(2_900));
    expect(status).toHaveTextContent('Link copied');
    act(() => vi.advanceTimersByTime(200));
    expect(status).toBeEmptyDOMElement();
  });
});

describe('ShareActions: Export', () => {
  it('downloads the extractions as CSV, named after the recording', async () => {
    const user = userEvent.setup();
    const download = stubDownload();
    renderActions({
      entityExtractions: [
        rawExtraction({ extraction: [{ name: 'Objection reason', value: 'Price, mostly', mappings: [] }] }),
        rawExtraction({ id: 'ext-2', siroEntityDefinitionName: 'Budget', extraction: [{ name: 'Budget', value: 20000, mappings: [] }] }),
      ],
    });

    await user.click(button('Export CSV'));

    const file = await download.file();
    expect(file.name).toBe(`kitchen-visit-with-dana-${RECORDING_ID.slice(0, 8)}.csv`);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(file.text).toBe(
      'Extraction,Field,Value,CRM field,Status\r\n' +
        'Objection reason,Objection reason,"Price, mostly",Opportunity.Objection_Reason__c,SUCCESS\r\n' +
        'Budget,Budget,20000,Opportunity.Objection_Reason__c,SUCCESS\r\n',
    );
  });

  it('downloads the recording as JSON, named after the recording', async () => {
    const user = userEvent.setup();
    const download = stubDownload();
    renderActions({ evaluationScore: 88 });

    await user.click(button('Export JSON'));

    const file = await download.file();
    expect(file.name).toBe(`kitchen-visit-with-dana-${RECORDING_ID.slice(0, 8)}.json`);
    expect(file.type).toBe('application/json');
    const json = JSON.parse(file.text);
    expect(json).toMatchObject({ id: RECORDING_ID, title: 'Kitchen visit with Dana', evaluationScore: 88 });
    expect(Array.isArray(json.entityExtractions)).toBe(true);
  });

  it('lets the blob URL go once the download has started', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const download = stubDownload();
    renderActions();
    await import('../export'); // loaded, as after a first export: the click needs no wait

    fireEvent.click(button('Export JSON'));
    await act(async () => {});
    expect(download.clicked).toHaveLength(1);
    expect(download.revokeObjectURL).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1_000);
    expect(download.revokeObjectURL).toHaveBeenCalledWith(BLOB_URL);
  });

  it.each([
    ['not asked for', undefined],
    ['null', null],
  ])('cannot export CSV when the extractions are %s, and says why; JSON still works', async (_name, entityExtractions) => {
    const user = userEvent.setup();
    const download = stubDownload();
    renderActions({ entityExtractions });

    const csv = button('Export CSV');
    expect(csv).toBeDisabled();
    // Said on screen, and tied to the button for screen readers; a title reached neither.
    expect(screen.getByText('Switch on Entity extractions to export them as CSV.')).toBeVisible();
    expect(csv).toHaveAccessibleDescription('Switch on Entity extractions to export them as CSV.');
    await user.click(csv);
    expect(download.createObjectURL).not.toHaveBeenCalled();

    expect(button('Export JSON')).toBeEnabled();
    await user.click(button('Export JSON'));
    expect((await download.file()).name).toMatch(/\.json$/);
  });

  it('exports a header-only CSV when the recording has no extractions', async () => {
    const user = userEvent.setup();
    const download = stubDownload();
    renderActions({ entityExtractions: [] });

    expect(button('Export CSV')).toBeEnabled();
    expect(button('Export CSV')).not.toHaveAccessibleDescription();
    expect(screen.queryByText(/Switch on Entity extractions/)).not.toBeInTheDocument();
    await user.click(button('Export CSV'));
    expect((await download.file()).text).toBe('Extraction,Field,Value,CRM field,Status\r\n');
  });

  it('names the file recording-<id> when there is no title', async () => {
    const user = userEvent.setup();
    const download = stubDownload();
    renderActions({ title: null });

    await user.click(button('Export CSV'));
    expect((await download.file()).name).toBe(`recording-${RECORDING_ID.slice(0, 8)}.csv`);
  });
});

describe('ShareActions: Print', () => {
  it('opens the print dialog', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderActions();

    await user.click(button('Print'));
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
  });

  it('first brings in what loads as it scrolls into view, then prints once it has arrived', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const held = document.createElement('main');
    held.innerHTML = '<div aria-busy="true">Loading the transcript…</div>';
    document.body.append(held);
    const reveal = vi.spyOn(await import('@/hooks/use-near-viewport'), 'revealAllAndSettle');
    renderActions();

    await user.click(button('Print'));
    expect(reveal).toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(print, 'not while something is still loading').not.toHaveBeenCalled();
    held.replaceChildren('The transcript');
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    held.remove();
  });
});
