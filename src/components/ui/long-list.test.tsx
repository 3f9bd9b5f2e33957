import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';

import { LongListBody, type Grouping } from './long-list';

type Fruit = { name: string; ripe: boolean };

// 25 fruits, every third one unripe; two kiwis, one of them past the first ten.
const FRUITS: Fruit[] = Array.from({ length: 25 }, (_, i) => ({
  name: `${i % 10 === 7 ? 'Kiwi' : 'Apple'} ${i + 1}`,
  ripe: i % 3 !== 2,
}));

const BY_RIPENESS: Grouping<Fruit> = {
  id: 'ripeness',
  label: 'Group by ripeness',
  key: (fruit) => (fruit.ripe ? 'ripe' : 'unripe'),
  rank: (key) => (key === 'unripe' ? 0 : 1),
  heading: (key) => (key === 'ripe' ? 'Ripe' : 'Unripe'),
};
const fruitText = (fruit: Fruit) => fruit.name;

let search = '';
function Location() {
  const { search: current } = useLocation();
  useEffect(() => {
    search = current;
  }, [current]);
  return null;
}

function renderList(items: readonly Fruit[] = FRUITS, url = '/') {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Location />
      <LongListBody
        name="fruits"
        items={items}
        skipped={0}
        empty="No fruit."
        noun="fruit"
        plural="fruits"
        text={fruitText}
        grouping={BY_RIPENESS}
        summary={<p>{items.length} fruits</p>}
      >
        {(entries) => (
          <ul aria-label="Fruits">
            {entries.map(({ item, index }) => (
              <li key={index}>{item.name}</li>
            ))}
          </ul>
        )}
      </LongListBody>
    </MemoryRouter>,
  );
}

const shownNames = () => screen.getAllByRole('listitem').map((item) => item.textContent);
const status = () => screen.getByRole('status');

describe('LongListBody', () => {
  it('shows a list a few items longer than the first ten whole, with no controls', () => {
    renderList(FRUITS.slice(0, 15));
    expect(shownNames()).toHaveLength(15);
    expect(screen.getByText('15 fruits')).toBeInTheDocument();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the first ten of a long one, and all of them on Show all, kept in the URL', async () => {
    const user = userEvent.setup();
    renderList();
    expect(shownNames()).toEqual(FRUITS.slice(0, 10).map((fruit) => fruit.name));
    expect(status()).toHaveTextContent('Showing 10 of 25 fruits.');

    await user.click(screen.getByRole('button', { name: 'Show all 25 fruits' }));
    // The rest come in a background batch.
    await waitFor(() => expect(shownNames()).toHaveLength(25));
    expect(status()).toHaveTextContent('Showing all 25 fruits.');
    expect(new URLSearchParams(search).get('fruitsShow')).toBe('all');

    // Folded from its end: its button is brought into view, not left far above the manager.
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    await user.click(screen.getByRole('button', { name: 'Show the first 10' }));
    expect(shownNames()).toHaveLength(10);
    expect(search).toBe('');
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toContainElement(screen.getByRole('button', { name: 'Show all 25 fruits' }));
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('filters the whole list, not only what shows, and says how many match', async () => {
    const user = userEvent.setup();
    renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Filter fruits' }), 'kiwi');
    // "k" already matches the two kiwis: wait for the whole word, which the URL holds once written.
    await waitFor(() => expect(new URLSearchParams(search).get('fruitsFilter')).toBe('kiwi'));
    await screen.findByText('2 of 25 fruits match.');
    expect(shownNames()).toEqual(['Kiwi 8', 'Kiwi 18']);

    await user.clear(screen.getByRole('searchbox', { name: 'Filter fruits' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter fruits' }), 'mango');
    await screen.findByText('No fruits match “mango”.');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('groups by the grouping, in its order, each group with its size', async () => {
    const user = userEvent.setup();
    renderList(FRUITS, '/?fruitsShow=all');
    await user.click(screen.getByRole('switch', { name: 'Group by ripeness' }));
    expect(new URLSearchParams(search).get('fruitsGroup')).toBe('ripeness');

    const [unripe, ripe] = screen.getAllByRole('region');
    expect(within(unripe!).getByRole('heading', { level: 3 })).toHaveTextContent('Unripe · 8');
    expect(within(ripe!).getByRole('heading', { level: 3 })).toHaveTextContent('Ripe · 17');
    expect(
      within(unripe!)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(FRUITS.filter((fruit) => !fruit.ripe).map((fruit) => fruit.name));
  });

  it('keeps groups of the same rank whole, in the order they first appear', () => {
    const alternating = FRUITS.map((fruit, i) => ({ ...fruit, ripe: i % 2 === 1 }));
    render(
      <MemoryRouter initialEntries={['/?fruitsGroup=ripeness&fruitsShow=all']}>
        <LongListBody
          name="fruits"
          items={alternating}
          skipped={0}
          empty="No fruit."
          noun="fruit"
          plural="fruits"
          text={fruitText}
          grouping={{ ...BY_RIPENESS, rank: () => 0 }}
        >
          {(entries) => <p>{entries.map(({ item }) => item.name).join(', ')}</p>}
        </LongListBody>
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('region').map((group) => group.getAttribute('aria-label'))).toEqual(['Unripe', 'Ripe']);
  });

  it('opens as a shared link left it: filtered and grouped', () => {
    renderList(FRUITS, '/?fruitsFilter=apple&fruitsGroup=ripeness');
    expect(screen.getByRole('searchbox', { name: 'Filter fruits' })).toHaveValue('apple');
    expect(screen.getByRole('switch', { name: 'Group by ripeness' })).toHaveAttribute('aria-checked', 'true');
    expect(status()).toHaveTextContent('23 of 25 fruits match; showing the first 10.');
    expect(screen.getByRole('region', { name: 'Unripe' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all 23 matching' })).toBeInTheDocument();
  });

  it('prints every item, whatever the filter, and folds again after', () => {
    renderList(FRUITS, '/?fruitsFilter=kiwi');
    expect(shownNames()).toHaveLength(2);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(shownNames()).toHaveLength(25);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(shownNames()).toHaveLength(2);
  });

  it('says it when there is nothing', () => {
    renderList([]);
    expect(screen.getByText('No fruit.')).toBeInTheDocument();
  });
});
