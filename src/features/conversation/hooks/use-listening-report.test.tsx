import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-error';

import { reportListening } from '../api/report-listening';
import { createAudioStore } from '../audio-store';
import { LISTEN_REPORT_INTERVAL_MS, useListeningReport } from './use-listening-report';

vi.mock('../api/report-listening', () => ({ reportListening: vi.fn() }));
const report = vi.mocked(reportListening);

beforeEach(() => {
  vi.useFakeTimers();
  report.mockReset();
});
afterEach(() => vi.useRealTimers());

function listen() {
  const store = createAudioStore();
  const view = renderHook(() => useListeningReport('rec-1', store));
  const playing = (on: boolean) => act(() => store.playingChanged(on));
  return { store, view, playing };
}

describe('useListeningReport', () => {
  it('reports the cumulative time at a steady interval while playing, reusing the engagement id', async () => {
    report.mockResolvedValue('engagement-1');
    const { playing } = listen();
    playing(true);
    await act(() => vi.advanceTimersByTimeAsync(LISTEN_REPORT_INTERVAL_MS));
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]).toEqual(['rec-1', { engagementId: null, durationMs: LISTEN_REPORT_INTERVAL_MS }, { keepalive: false }]);

    await act(() => vi.advanceTimersByTimeAsync(LISTEN_REPORT_INTERVAL_MS));
    expect(report.mock.calls[1]?.[1]).toEqual({ engagementId: 'engagement-1', durationMs: 2 * LISTEN_REPORT_INTERVAL_MS });

    // Stopping reports once more; time paused counts for nothing.
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    playing(false);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(report).toHaveBeenCalledTimes(3);
    expect(report.mock.calls[2]?.[1]).toEqual({ engagementId: 'engagement-1', durationMs: 2 * LISTEN_REPORT_INTERVAL_MS + 5_000 });
  });

  it('sends a keepalive report when the page is hidden, and one when it goes away', async () => {
    report.mockResolvedValue('engagement-1');
    const { playing, view } = listen();
    playing(true);
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    window.dispatchEvent(new Event('pagehide'));
    expect(report).toHaveBeenLastCalledWith('rec-1', { engagementId: null, durationMs: 3_000 }, { keepalive: true });
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    view.unmount();
    expect(report).toHaveBeenLastCalledWith('rec-1', { engagementId: 'engagement-1', durationMs: 4_000 }, { keepalive: true });
  });

  it('stays silent on failure, tries again only with the next report, and stops for good on a refusal', async () => {
    report.mockRejectedValueOnce(new ApiError('server', 'Down', { status: 500 }));
    report.mockRejectedValueOnce(new ApiError('forbidden', 'No', { status: 403 }));
    const { playing } = listen();
    playing(true);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(report).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(LISTEN_REPORT_INTERVAL_MS));
    expect(report).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(LISTEN_REPORT_INTERVAL_MS));
    expect(report).toHaveBeenCalledTimes(2);
    await act(() => vi.advanceTimersByTimeAsync(5 * LISTEN_REPORT_INTERVAL_MS));
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('a pause of a moment (a new audio URL taking over) is no stop', async () => {
    report.mockResolvedValue('engagement-1');
    const { playing } = listen();
    playing(true);
    await act(() => vi.advanceTimersByTimeAsync(4_000));
    playing(false);
    await act(() => vi.advanceTimersByTimeAsync(500));
    playing(true);
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(report).not.toHaveBeenCalled();
  });
});
