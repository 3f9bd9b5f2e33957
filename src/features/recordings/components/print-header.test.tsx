import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { formatDateTime } from '@/lib/format';

import { PrintHeader } from './print-header';

const printed = () => screen.getByText(/^Printed/).querySelector('time')!;

describe('PrintHeader', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("says which recording this is and where to open it: the title and the recording's own link", () => {
    render(<PrintHeader id="rec 42/β" title="Whitaker – roof replacement" />);
    expect(screen.getByText('Whitaker – roof replacement')).toBeInTheDocument();
    expect(screen.getByText(`${window.location.origin}/recordings/rec%2042%2F%CE%B2`)).toBeInTheDocument();
  });

  it('dates the print when the browser prints, not when the page was opened', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-04-21T09:00:00Z'));
    render(<PrintHeader id="rec-42" title="Roof visit" />);
    expect(printed()).toHaveAttribute('dateTime', '2026-04-21T09:00:00.000Z');

    vi.setSystemTime(new Date('2026-05-02T15:30:00Z'));
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(printed()).toHaveAttribute('dateTime', '2026-05-02T15:30:00.000Z');
    expect(printed()).toHaveTextContent(formatDateTime('2026-05-02T15:30:00.000Z')!);
  });
});
