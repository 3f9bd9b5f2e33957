import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';

import { AppLink } from './app-link';

function Where() {
  const location = useLocation();
  return <p>{`at ${location.pathname} ${JSON.stringify(location.state)}`}</p>;
}

function renderAt(link: React.ReactNode) {
  render(
    <MemoryRouter initialEntries={['/recordings/a']}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              {link}
              <Where />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

describe('AppLink', () => {
  it('has the real address and navigates in the app, with its state, on a plain click', async () => {
    renderAt(
      <AppLink to="/follow-ups?status=TO_DO" state={{ fromInbox: true }} className="link">
        Follow-ups
      </AppLink>,
    );
    const link = screen.getByRole('link', { name: 'Follow-ups' });
    expect(link).toHaveAttribute('href', '/follow-ups?status=TO_DO');
    expect(link).toHaveClass('link');
    await userEvent.click(link);
    expect(screen.getByText('at /follow-ups {"fromInbox":true}')).toBeInTheDocument();
  });

  it('leaves a modified click (new tab) to the browser, and a click its handler prevented alone', async () => {
    renderAt(
      <>
        <AppLink to="/follow-ups">Follow-ups</AppLink>
        <AppLink to="/recordings" onClick={(event) => event.preventDefault()}>
          Recordings
        </AppLink>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Follow-ups' }), { ctrlKey: true });
    await userEvent.click(screen.getByRole('link', { name: 'Recordings' }));
    expect(screen.getByText('at /recordings/a null')).toBeInTheDocument();
  });
});
