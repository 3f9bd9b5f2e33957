import { render, screen } from '@testing-library/react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';

import { useRevealInSteps } from './use-reveal-in-steps';

const PARTS = ['one', 'two', 'three'];

function Parts({ renders }: { renders: number[] }) {
  const shown = useRevealInSteps(PARTS.length);
  renders.push(shown);
  return <p>{PARTS.slice(0, shown).join(' ')}</p>;
}

const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
const wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
afterEach(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

describe('useRevealInSteps', () => {
  it('renders no part at first, then one more in each later render, then all for good', () => {
    const renders: number[] = [];
    render(<Parts renders={renders} />);
    expect(renders).toEqual([0, 1, 2, 3, Infinity]);
    expect(screen.getByText('one two three')).toBeInTheDocument();
  });

  it('shows every part at once when the page is printed', () => {
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    const container = document.createElement('div');
    const root = createRoot(container);
    const renders: number[] = [];
    flushSync(() => root.render(<Parts renders={renders} />));
    expect(container.textContent).toBe('');
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.textContent).toBe('one two three');
    root.unmount();
  });
});
