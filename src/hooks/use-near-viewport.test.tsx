import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { revealAll, useNearViewport } from './use-near-viewport';

type Callback = (entries: Array<{ isIntersecting: boolean }>) => void;
let observers: Array<{ callback: Callback; options: IntersectionObserverInit | undefined; disconnected: boolean }> = [];

beforeEach(() => {
  observers = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entry;
      constructor(callback: Callback, options?: IntersectionObserverInit) {
        this.entry = { callback, options, disconnected: false };
        observers.push(this.entry);
      }
      observe() {}
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

function Probe({ margin }: { margin?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  return <div ref={ref}>{useNearViewport(ref, margin) ? 'near' : 'far'}</div>;
}

describe('useNearViewport', () => {
  it('is false until the element comes within the margin, then stays true', () => {
    render(<Probe margin="300px" />);
    expect(screen.getByText('far')).toBeInTheDocument();
    expect(observers[0]?.options).toMatchObject({ rootMargin: '300px' });

    act(() => observers[0]!.callback([{ isIntersecting: false }]));
    expect(screen.getByText('far')).toBeInTheDocument();
    act(() => observers[0]!.callback([{ isIntersecting: true }]));
    expect(screen.getByText('near')).toBeInTheDocument();
    expect(observers[0]!.disconnected).toBe(true);
  });

  it('is true at once for everything when printing is asked for', () => {
    render(
      <>
        <Probe />
        <Probe />
      </>,
    );
    act(() => revealAll());
    expect(screen.getAllByText('near')).toHaveLength(2);
  });

  it('is true at once for what mounts after printing was asked for, until the print is done', () => {
    act(() => revealAll());
    render(<Probe />);
    expect(screen.getByText('near')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    render(<Probe />);
    expect(screen.getByText('far')).toBeInTheDocument();
  });

  it('is true when the browser is about to print', () => {
    render(<Probe />);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('near')).toBeInTheDocument();
  });

  it('is true at once where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Probe />);
    expect(screen.getByText('near')).toBeInTheDocument();
  });
});
