import { act, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { InfiniteList } from './infinite-list';

const ITEMS = Array.from({ length: 120 }, (_, index) => `Row ${index + 1}`);

function renderList() {
  return render(
    <InfiniteList
      label="Rows"
      items={ITEMS}
      getKey={(item) => item}
      renderItem={(item) => <p>{item}</p>}
      hasNextPage={false}
      isFetchingNextPage={false}
      onLoadMore={() => {}}
      estimateSize={200}
      rowClassName="pb-3"
    />,
  );
}

const drawnRows = () => within(screen.getByRole('list', { name: 'Rows' })).queryAllByRole('listitem');

describe('InfiniteList', () => {
  beforeEach(() => {
    // jsdom lays nothing out: each row measures as tall as its estimate.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.matches('li[data-index]') ? 200 : 0;
    });
  });

  it('draws only the rows near the viewport on screen, and every loaded row for a print', () => {
    renderList();
    expect(drawnRows().length).toBeGreaterThan(0);
    expect(drawnRows().length).toBeLessThan(30);
    expect(screen.queryByText('Row 120')).not.toBeInTheDocument();

    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(drawnRows()).toHaveLength(ITEMS.length);
    expect(screen.getByText('Row 120')).toBeInTheDocument();
    expect(drawnRows()[119]).toHaveAttribute('aria-posinset', '120');

    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(drawnRows().length).toBeLessThan(30);
  });
});
