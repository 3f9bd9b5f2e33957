import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { Panel } from './panel';

let shouldThrow = true;
function Fragile() {
  if (shouldThrow) throw new Error('bad data');
  return <p>Recovered</p>;
}

describe('Panel', () => {
  it('contains a render failure to its own panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    shouldThrow = true;
    render(
      <>
        <Panel title="Summary" anchor="summary">
          <Fragile />
        </Panel>
        <Panel title="Opportunities" anchor="opportunities">
          <p>Two opportunities</p>
        </Panel>
      </>,
    );
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('This section could not be displayed.');
    expect(screen.getByRole('region', { name: 'Opportunities' })).toHaveTextContent('Two opportunities');

    shouldThrow = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('region', { name: 'Summary' })).toHaveTextContent('Recovered');
  });
});
