import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useSectionJump } from './use-section-jump';

function Page({ busy }: { busy: boolean }) {
  useSectionJump(['follow-ups']);
  return (
    <main>
      {busy && <div aria-busy="true">Loading a panel above</div>}
      <section id="follow-ups">Follow-ups</section>
      <section id="elsewhere">Elsewhere</section>
    </main>
  );
}

// jsdom lays nothing out, and has no scrollIntoView to spy on.
Element.prototype.scrollIntoView ??= () => {};

afterEach(() => window.history.replaceState(null, '', '/'));

describe('useSectionJump', () => {
  it('lands on the section again once the panels above it have loaded', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const view = render(<Page busy />);
    window.history.replaceState(null, '', '#follow-ups');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scrolled).not.toHaveBeenCalled();

    view.rerender(<Page busy={false} />);
    await vi.waitFor(() => expect(scrolled).toHaveBeenCalledOnce());
    expect(scrolled.mock.contexts[0]).toBe(document.getElementById('follow-ups'));
  });

  it('leaves a jump to anything but a section to the browser', async () => {
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    render(<Page busy={false} />);
    window.history.replaceState(null, '', '#elsewhere');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scrolled).not.toHaveBeenCalled();
  });
});
