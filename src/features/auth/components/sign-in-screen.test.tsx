import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

import { tokenStore } from '@/lib/token-store';

import SignInScreen from './sign-in-screen';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  tokenStore.reset();
});

async function submit(token: string) {
  const user = userEvent.setup();
  render(<SignInScreen notice={null} />);
  if (token) await user.type(screen.getByLabelText('Siro API token'), token);
  await user.click(screen.getByRole('button', { name: 'Connect' }));
}

describe('SignInScreen', () => {
  it('asks for a token when Connect is pressed with none, and says so aloud', async () => {
    await submit('');
    expect(screen.getByText('Paste your Siro API token.')).toHaveAttribute('aria-live', 'assertive');
    expect(screen.getByLabelText('Siro API token')).toHaveAccessibleDescription(/Paste your Siro API token\./);
    expect(tokenStore.token()).toBeNull();
  });

  it('refuses a token with a space or a character a token never has, without signing in', async () => {
    await submit('abc def’');
    expect(screen.getByLabelText('Siro API token')).toHaveAccessibleDescription(/does not look like a Siro token/);
    expect(screen.getByLabelText('Siro API token')).toHaveAttribute('aria-invalid', 'true');
    expect(tokenStore.token()).toBeNull();
  });

  it('signs in for this tab with a well-formed token, trimmed', async () => {
    await submit('  siro-demo-token  ');
    expect(tokenStore.get()).toMatchObject({ token: 'siro-demo-token', remembered: false });
  });

  it('explains why it is asking again after a 401', () => {
    render(<SignInScreen notice="expired" />);
    expect(screen.getByText(/rejected your token or it has expired/)).toBeInTheDocument();
  });
});
