import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useScrollMemory } from './use-scroll-memory';

function List() {
  useScrollMemory(true);
  return null;
}

describe('useScrollMemory', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    sessionStorage.clear();
  });

  it('reads the position once scrolling has settled and keeps it as the list is left, never in a scroll event', () => {
    vi.useFakeTimers();
    let y = 0;
    const reads = vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => y);
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    const view = render(
      <MemoryRouter>
        <List />
      </MemoryRouter>,
    );
    reads.mockClear();
    for (y = 100; y <= 900; y += 100) window.dispatchEvent(new Event('scroll'));
    expect(reads).not.toHaveBeenCalled();
    expect(writes).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(reads).toHaveBeenCalledTimes(1);

    y = 1_000; // scrolled again, and left before that settled
    window.dispatchEvent(new Event('scroll'));
    view.unmount();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(JSON.parse(writes.mock.calls[0]![1])).toEqual({ y: 1_000 });
  });
});
