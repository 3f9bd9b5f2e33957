import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import {
  Link,
  MemoryRouter,
  Outlet,
  Route,
  Routes,
  useLocation,
  useNavigate,
  useNavigationType,
  useParams,
  useSearchParams,
} from './router';

function Where() {
  const location = useLocation();
  return (
    <p data-testid="where">
      {location.pathname}
      {location.search} {useNavigationType()} {JSON.stringify(location.state)}
    </p>
  );
}
const Param = () => <p>id {useParams().id}</p>;
const Layout = () => (
  <div>
    layout <Outlet />
  </div>
);

function app(url: string, extra?: React.ReactNode) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<p>index</p>} />
          <Route path="recordings" element={<p>inbox</p>} />
          <Route path="recordings/:id" element={<Param />} />
          <Route path="*" element={<p>not found</p>} />
        </Route>
      </Routes>
      <Where />
      {extra}
    </MemoryRouter>,
  );
}

describe('Routes', () => {
  it.each([
    ['/', 'index'],
    ['/recordings', 'inbox'],
    ['/Recordings/', 'inbox'],
    ['/recordings/a%2Fb%3F', 'id a/b?'],
    ['/recordings/a/b', 'not found'],
    ['/elsewhere', 'not found'],
  ])('%s renders %s inside the layout', (url, text) => {
    app(url);
    expect(screen.getByText(text, { exact: false }).closest('div')).toHaveTextContent(`layout ${text}`);
  });
});

describe('navigation', () => {
  it('a plain click on a Link pushes its path and state; a modified click leaves it to the browser', () => {
    app(
      '/recordings',
      <Link to="/recordings/x" state={{ fromInbox: true }}>
        Open
      </Link>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Open' }), { ctrlKey: true });
    expect(screen.getByTestId('where')).toHaveTextContent('/recordings POP null');
    fireEvent.click(screen.getByRole('link', { name: 'Open' }));
    expect(screen.getByText('id x')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/recordings/x PUSH {"fromInbox":true}');
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute('href', '/recordings/x');
  });

  it('search params are written on the same path, replacing when asked; navigate(-1) goes back', () => {
    function Controls() {
      const [, setSearch] = useSearchParams();
      const navigate = useNavigate();
      return (
        <>
          <button onClick={() => setSearch((previous) => new URLSearchParams({ q: `${previous.get('q')}b` }), { replace: true })}>
            search
          </button>
          <button onClick={() => navigate('/recordings/y')}>open</button>
          <button onClick={() => navigate(-1)}>back</button>
        </>
      );
    }
    app('/recordings?q=a', <Controls />);
    fireEvent.click(screen.getByRole('button', { name: 'search' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/recordings?q=ab REPLACE');
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    expect(screen.getByText('id y')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'back' }));
    expect(screen.getByTestId('where')).toHaveTextContent('/recordings?q=ab POP');
  });
});
