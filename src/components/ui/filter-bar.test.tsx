import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { MultiSelect } from './filter-bar';

function Picker({ initial = [] as string[], onChange = vi.fn() }) {
  const [selected, setSelected] = useState(initial);
  return (
    <MultiSelect
      label="Rep"
      anyLabel="Any rep"
      options={[
        { value: 'u1', label: 'Marcus Bell' },
        { value: 'u2', label: 'Priya Natarajan' },
      ]}
      selected={selected}
      onChange={(next) => {
        setSelected(next);
        onChange(next);
      }}
    />
  );
}

describe('MultiSelect', () => {
  it('names the filter and the choice, and ticks values in and out', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Picker onChange={onChange} />);
    const button = screen.getByRole('button', { name: 'Rep: Any rep' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    await user.click(screen.getByRole('checkbox', { name: 'Marcus Bell' }));
    expect(onChange).toHaveBeenLastCalledWith(['u1']);
    expect(screen.getByRole('button', { name: 'Rep: Marcus Bell' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Priya Natarajan' }));
    expect(screen.getByRole('button', { name: 'Rep: 2 selected' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Marcus Bell' }));
    expect(onChange).toHaveBeenLastCalledWith(['u2']);
  });

  it('closes on Escape, focus back on its button', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    await user.click(screen.getByRole('button', { name: 'Rep: Any rep' }));
    await user.keyboard('{Tab}{Escape}');
    expect(screen.getByRole('button', { name: 'Rep: Any rep' })).toHaveFocus();
    expect(screen.queryByRole('checkbox', { name: 'Marcus Bell' })).toBeNull();
  });

  it('lists a value from a shared link that it has no option for, so it can be unticked', async () => {
    const user = userEvent.setup();
    render(<Picker initial={['u-unknown']} />);
    await user.click(screen.getByRole('button', { name: 'Rep: u-unknown' }));
    await user.click(screen.getByRole('checkbox', { name: 'u-unknown' }));
    expect(screen.getByRole('button', { name: 'Rep: Any rep' })).toBeInTheDocument();
  });
});
