import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { clippedText, clipText, MAX_SHOWN } from '@/lib/clip-text';
import { tokenStore } from '@/lib/token-store';

import { LinkedText } from './linked-text';
import { cutText, LongText } from './long-text';

describe('clipText', () => {
  it('leaves text up to the limit alone', () => {
    expect(clipText('a'.repeat(10), 10)).toEqual({ text: 'a'.repeat(10), hidden: 0 });
  });

  it('cuts longer text, says how much is left out, and never splits an emoji', () => {
    expect(clipText('abcdef', 4)).toEqual({ text: 'abcd…', hidden: 2 });
    expect(clipText('abc😀def', 4)).toEqual({ text: 'abc…', hidden: 5 });
  });

  it('cuts a 300,000-character word to the limit', () => {
    const { text, hidden } = clipText('x'.repeat(300_000));
    expect(text.length).toBe(1_001);
    expect(hidden).toBe(299_000);
  });
});

describe('LongText', () => {
  it('shows short text as it is, with no control', () => {
    render(<p>{<LongText text="Roof estimate" />}</p>);
    expect(screen.getByText('Roof estimate')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a long value cut, then more on request, never past the hard limit', async () => {
    const user = userEvent.setup();
    render(<p data-testid="text">{<LongText text={'y'.repeat(300_000)} max={100} />}</p>);
    const text = () => screen.getByTestId('text').textContent ?? '';
    expect(text()).toMatch(/^y{100}… Show more$/);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(text()).toContain(`${'y'.repeat(1_000)}…`);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(text()).toContain(`${'y'.repeat(MAX_SHOWN)}…`);
    expect(text()).toContain('(290,000 more characters in the export)');
  });

  it('never shows the token, however short', () => {
    tokenStore.signIn('k9', false);
    render(<p>{<LongText text="echo k9" />}</p>);
    expect(screen.getByText('echo [token]')).toBeInTheDocument();
    tokenStore.signOut();
  });
});

describe('cutText and clippedText', () => {
  it('cut API text for places with no room for Show more, and never show the token, however short', () => {
    tokenStore.signIn('k9', false);
    expect(cutText(`k9 ${'z'.repeat(1_000)}`, 10)).toBe('[token] zz…');
    // The first screen's way, before the app (and its token store) has loaded: the stored token.
    expect(clippedText(`k9 ${'z'.repeat(1_000)}`, 10)).toBe('[token] zz…');
    tokenStore.signOut();
  });
});

describe('LinkedText', () => {
  it('cuts long words with Show more, and never links an address the cut ends in', async () => {
    const user = userEvent.setup();
    const url = `https://example.com/${'a'.repeat(2_000)}`;
    render(<p data-testid="text">{<LinkedText text={`See https://siro.ai/a then ${url}`} />}</p>);
    expect(screen.getByTestId('text').textContent!.length).toBeLessThan(1_100);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['https://siro.ai/a']);
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['https://siro.ai/a', url]);
  });
});
