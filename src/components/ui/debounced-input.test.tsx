import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DebouncedInput } from './debounced-input';

afterEach(() => vi.useRealTimers());

describe('DebouncedInput', () => {
  it('commits once typing pauses, even when its last commit comes back after the next keystroke', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const { rerender } = render(<DebouncedInput aria-label="Filter" value="" onCommit={onCommit} />);
    const field = screen.getByRole('textbox', { name: 'Filter' });

    fireEvent.change(field, { target: { value: 'ki' } });
    act(() => vi.advanceTimersByTime(300));
    expect(onCommit).toHaveBeenLastCalledWith('ki');
    // Typed on before the URL caught up with "ki".
    fireEvent.change(field, { target: { value: 'kiwi' } });
    rerender(<DebouncedInput aria-label="Filter" value="ki" onCommit={onCommit} />);
    act(() => vi.advanceTimersByTime(300));
    expect(onCommit).toHaveBeenLastCalledWith('kiwi');
    expect(field).toHaveValue('kiwi');
  });

  it('takes a change from outside, dropping the draft it replaces', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const { rerender } = render(<DebouncedInput aria-label="Filter" value="" onCommit={onCommit} />);
    const field = screen.getByRole('textbox', { name: 'Filter' });

    fireEvent.change(field, { target: { value: 'kiwi' } });
    rerender(<DebouncedInput aria-label="Filter" value="apple" onCommit={onCommit} />);
    act(() => vi.advanceTimersByTime(300));
    expect(onCommit).not.toHaveBeenCalled();
    expect(field).toHaveValue('apple');
  });
});
