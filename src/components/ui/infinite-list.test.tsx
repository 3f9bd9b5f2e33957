import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { InfiniteList } from './infinite-list';

const ITEMS = Array.from({ length: 120 }, (_, index) => `Row ${index + 1}`);

function renderList(memoryKey?: string) {
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
      memoryKey={memoryKey}
    />,
  );
}

const rows = () => within(screen.getByRole('list', { name: 'Rows' })).getAllByRole('listitem');

describe('InfiniteList', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps every loaded row in the page (for Ctrl+F, j/k and print), each left to the browser to skip while off screen', () => {
    renderList();
    expect(rows()).toHaveLength(ITEMS.length);
    expect(screen.getByText('Row 120')).toBeInTheDocument();
    // Every loaded row is in the page: the browser counts a row's place and the list's size itself,
    // the same for every row (no row says it, so a new page draws no old row again).
    for (const row of rows()) {
      expect(row).not.toHaveAttribute('aria-setsize');
      expect(row).not.toHaveAttribute('aria-posinset');
    }
    // Ten rows a block, each block as tall as its rows are thought to be; the first always laid out.
    const block = rows()[10]!.parentElement!;
    expect(block).toHaveClass('lazy-row');
    expect(block.children).toHaveLength(10);
    expect(block.style.containIntrinsicSize).toBe('auto 2000px');
    expect(rows()[0]!.parentElement).not.toHaveClass('lazy-row');
    // The blocks are what the browser skips, not each row.
    for (const row of rows()) {
      expect(row).not.toHaveClass('lazy-row');
      expect(row).not.toHaveAttribute('style');
    }
  });

  it('comes back with the row heights it had when left under the same memory key', () => {
    // jsdom lays nothing out: the list says it is drawn, each row as tall as below.
    vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(() => [new DOMRect()] as unknown as DOMRectList);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return DOMRect.fromRect({ height: this.dataset.key === 'Row 12' ? 150 : 96 });
    });
    renderList('entry-1').unmount();

    const again = renderList('entry-1');
    expect(rows()[10]!.parentElement!.style.containIntrinsicSize).toBe(`auto ${9 * 96 + 150}px`);
    expect(rows()[20]!.parentElement!.style.containIntrinsicSize).toBe(`auto ${10 * 96}px`);
    again.unmount();

    // Another list: a row not yet drawn takes what the first ten (always laid out) measure.
    renderList('entry-2');
    expect(rows()[11]!.parentElement!.style.containIntrinsicSize).toBe(`auto ${10 * 96}px`);
  });

  it('lays out every block ahead of time, one per task, by reading where its last row is', () => {
    vi.useFakeTimers();
    try {
      const reads: Element[] = [];
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        reads.push(this);
        return new DOMRect();
      });
      renderList();
      const lastRows = [...screen.getByRole('list', { name: 'Rows' }).children].map((block) => block.lastElementChild);
      expect(lastRows).toHaveLength(12);
      reads.length = 0; // what the first block's rows measure, as drawn

      vi.advanceTimersToNextTimer();
      expect(reads).toEqual(lastRows.slice(0, 1));
      vi.runAllTimers();
      expect(reads).toEqual(lastRows);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks for the next page only once the rows of the last one are drawn: until then the end has not moved', () => {
    // The end of the list is always in view.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly callback: IntersectionObserverCallback) {}
        observe() {
          this.callback([{ isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
        }
        disconnect() {}
      },
    );
    // How many rows were drawn each time the list asked for more.
    const drawnAtAsk: number[] = [];
    const onLoadMore = () => drawnAtAsk.push(document.querySelectorAll('[role="listitem"]').length);
    const list = (items: string[], isFetchingNextPage: boolean) => (
      <InfiniteList
        label="Rows"
        items={items}
        getKey={(item) => item}
        renderItem={(item) => <p>{item}</p>}
        hasNextPage
        isFetchingNextPage={isFetchingNextPage}
        onLoadMore={onLoadMore}
        estimateSize={200}
        rowClassName="pb-3"
      />
    );
    const view = render(list(ITEMS.slice(0, 60), false));
    view.rerender(list(ITEMS.slice(0, 60), true));
    view.rerender(list(ITEMS, false));
    expect(rows()).toHaveLength(120);
    expect(drawnAtAsk).toEqual([60, 120]);
  });
});
