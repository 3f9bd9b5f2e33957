import { act, fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createAudioStore } from '../audio-store';
import { useFollowAlong } from './use-follow-along';

/** A 300 px transcript box holding a line at `lineTop` px from the top of its content. */
function transcriptBox(lineTop = 2_000) {
  const container = document.body.appendChild(document.createElement('div'));
  // A wide screen's scroll box (jsdom applies no stylesheet: the class would not say it).
  container.style.overflowY = 'auto';
  const line = container.appendChild(document.createElement('button'));
  const rect = (top: number, height: number) => ({
    top,
    bottom: top + height,
    height,
    left: 0,
    right: 0,
    width: 0,
    x: 0,
    y: top,
    toJSON: () => ({}),
  });
  vi.spyOn(container, 'getBoundingClientRect').mockImplementation(() => rect(0, 300));
  vi.spyOn(line, 'getBoundingClientRect').mockImplementation(() => rect(lineTop - container.scrollTop, 40));
  return { container, line };
}

function renderFollow(container: HTMLElement) {
  const store = createAudioStore();
  const view = renderHook(() => useFollowAlong(container, store));
  return { store, ...view };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useFollowAlong', () => {
  it('a resume after a URL refresh (playing goes false, then true) does not turn following back on; pressing play does', () => {
    const { container } = transcriptBox();
    const { result, store } = renderFollow(container);
    act(() => store.play());
    act(() => store.playingChanged(true));

    fireEvent.wheel(container);
    expect(result.current.following).toBe(false);

    // The old element pauses as its URL is replaced, the new one plays on by itself.
    act(() => store.playingChanged(false, { failed: true }));
    act(() => store.playingChanged(true));
    expect(result.current.following).toBe(false);

    act(() => store.toggle()); // pause
    act(() => store.playingChanged(false));
    expect(result.current.following).toBe(false);
    act(() => store.toggle()); // play: the manager's own
    expect(result.current.following).toBe(true);
  });

  it('a summary quote (seek and play) turns it back on; the slider (seek alone) does not', () => {
    const { container } = transcriptBox();
    const { result, store } = renderFollow(container);
    fireEvent.touchMove(container);
    expect(result.current.following).toBe(false);

    act(() => store.seek(30_000));
    expect(result.current.following).toBe(false);
    act(() => store.seek(21_000, { play: true }));
    expect(result.current.following).toBe(true);
  });

  it.each(['PageDown', 'ArrowDown', ' ', 'Tab', 'End'])('pressing %j inside the box counts as scrolling away', (key) => {
    const { container, line } = transcriptBox();
    const { result } = renderFollow(container);
    fireEvent.keyDown(line, { key });
    expect(result.current.following).toBe(false);
  });

  it('keys elsewhere, and shortcuts with modifiers, do not', () => {
    const { container, line } = transcriptBox();
    const { result } = renderFollow(container);
    fireEvent.keyDown(document.body.appendChild(document.createElement('input')), { key: 'ArrowDown' });
    fireEvent.keyDown(line, { key: 'k' });
    fireEvent.keyDown(line, { key: 'End', ctrlKey: true });
    expect(result.current.following).toBe(true);
  });

  it('a scroll of the box right after a key pressed with nothing focused counts; a scroll with no key (layout) does not', () => {
    const { container } = transcriptBox();
    const { result } = renderFollow(container);
    container.scrollTop = 120;
    fireEvent.scroll(container);
    expect(result.current.following).toBe(true);

    fireEvent.keyDown(document.body, { key: 'PageDown' });
    container.scrollTop = 420;
    fireEvent.scroll(container);
    expect(result.current.following).toBe(false);
  });

  it('its own scrolling does not count, even right after a key', () => {
    const { container, line } = transcriptBox();
    const { result } = renderFollow(container);
    fireEvent.keyDown(document.body, { key: ' ' });
    act(() => result.current.bringIntoView(line));
    expect(container.scrollTop).toBeGreaterThan(0);
    fireEvent.scroll(container);
    expect(result.current.following).toBe(true);
  });

  it('"Follow along" turns it back on', () => {
    const { container } = transcriptBox();
    const { result } = renderFollow(container);
    fireEvent.pointerDown(container);
    expect(result.current.following).toBe(false);
    act(() => result.current.follow());
    expect(result.current.following).toBe(true);
  });
});

describe('useFollowAlong: bringIntoView', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());

  /** The line's estimated place moves as rows lay out: it keeps being off by 500 px more. */
  function driftAway(line: HTMLElement, container: HTMLElement) {
    let drift = 0;
    vi.mocked(line.getBoundingClientRect).mockImplementation(() => {
      const top = 2_000 + drift - container.scrollTop;
      drift += 500;
      return { top, bottom: top + 40, height: 40, left: 0, right: 0, width: 0, x: 0, y: top, toJSON: () => ({}) };
    });
  }

  it('scrolls the box to the line and checks again over the next frames', () => {
    const { container, line } = transcriptBox();
    const { result } = renderFollow(container);
    driftAway(line, container);

    act(() => result.current.bringIntoView(line));
    const first = container.scrollTop;
    expect(first).toBeGreaterThan(0);
    act(() => vi.advanceTimersToNextFrame());
    expect(container.scrollTop).toBeGreaterThan(first);
  });

  it('stops correcting the moment the manager scrolls (wheel)', () => {
    const { container, line } = transcriptBox();
    const { result } = renderFollow(container);
    driftAway(line, container);

    act(() => result.current.bringIntoView(line));
    fireEvent.wheel(container);
    container.scrollTop = 50; // where the wheel took it
    act(() => {
      vi.advanceTimersToNextFrame();
      vi.advanceTimersToNextFrame();
    });
    expect(container.scrollTop).toBe(50);
    expect(result.current.following).toBe(false);
  });
});

describe('useFollowAlong: on a phone, the transcript part of the page', () => {
  const rect = (top: number, height: number) => ({
    top,
    bottom: top + height,
    height,
    left: 0,
    right: 0,
    width: 0,
    x: 0,
    y: top,
    toJSON: () => ({}),
  });
  let scrollY = 0;

  /** A 5,000 px transcript starting `transcriptTop` px down the page, a 60 px search bar pinned above it, a line 3,000 px into it. */
  function pageTranscript(transcriptTop: number) {
    scrollY = 0;
    vi.spyOn(window, 'scrollBy').mockImplementation(((_x: number, y: number) => {
      scrollY += y;
    }) as typeof window.scrollBy);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrollY);
    const container = document.body.appendChild(document.createElement('div'));
    const bar = document.body.appendChild(document.createElement('div'));
    const line = container.appendChild(document.createElement('button'));
    vi.spyOn(container, 'getBoundingClientRect').mockImplementation(() => rect(transcriptTop - scrollY, 5_000));
    vi.spyOn(bar, 'getBoundingClientRect').mockImplementation(() => rect(Math.max(0, transcriptTop - 60 - scrollY), 60));
    vi.spyOn(line, 'getBoundingClientRect').mockImplementation(() => rect(transcriptTop + 3_000 - scrollY, 40));
    const store = createAudioStore();
    const view = renderHook(() => useFollowAlong(container, store, bar));
    return { container, line, store, ...view };
  }

  afterEach(() => vi.restoreAllMocks());

  it('scrolls the page to the line, below the pinned search bar, while the transcript is on screen', () => {
    const { line, result } = pageTranscript(100);
    act(() => result.current.bringIntoView(line));
    expect(window.scrollBy).toHaveBeenCalled();
    const top = line.getBoundingClientRect().top;
    expect(top).toBeGreaterThanOrEqual(60);
    expect(top).toBeLessThan(window.innerHeight - 64);
  });

  it('leaves the page alone while the manager reads something else above it', () => {
    const { line, result } = pageTranscript(window.innerHeight + 2_000);
    act(() => result.current.bringIntoView(line));
    expect(window.scrollBy).not.toHaveBeenCalled();
  });

  it('a scroll of the page by the manager (touch, wheel) stops it following; its own does not', () => {
    const { line, result } = pageTranscript(100);
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    act(() => result.current.bringIntoView(line));
    fireEvent.scroll(window);
    expect(result.current.following).toBe(true);

    fireEvent.touchMove(document.body);
    expect(result.current.following).toBe(false);
    act(() => result.current.follow());
    fireEvent.wheel(document.body);
    expect(result.current.following).toBe(false);
  });
});
