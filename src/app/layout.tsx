import { useEffect, useLayoutEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigationType } from 'react-router-dom';

import { AppLink as Link } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { tokenStore, useAuth } from '@/lib/token-store';

import { BackToRecordings } from './back-to-recordings';

export function AppLayout() {
  const { token } = useAuth();
  const mainRef = useRef<HTMLElement>(null);
  const previousToken = useRef(token);
  useEffect(() => {
    // After Connect the form is gone: keyboard and screen reader carry on from the page's content.
    if (token && !previousToken.current) mainRef.current?.focus();
    previousToken.current = token;
  }, [token]);
  const { pathname } = useLocation();
  // In the bar rather than above the header: the early paint draws the page without it, and nothing may move.
  const onRecording = pathname.startsWith('/recordings/');
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    // A new page starts at its top; Back and Forward (POP) leave the position to the page (the inbox restores its own).
    if (navigationType === 'PUSH') window.scrollTo(0, 0);
  }, [pathname, navigationType]);

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <Link to={paths.home} className="flex shrink-0 items-center gap-2 font-semibold whitespace-nowrap text-brand-900">
            <img src="/favicon.svg" alt="" width="24" height="24" />
            Siro
          </Link>
          <div className="flex min-w-0 flex-wrap items-center justify-end gap-x-3 gap-y-1 text-sm whitespace-nowrap sm:gap-x-4">
            {token && onRecording ? (
              <BackToRecordings />
            ) : (
              <Link to={token ? paths.recordings : paths.home} className="text-slate-700 underline-offset-2 hover:underline">
                {token ? 'Recordings' : 'Open a recording'}
              </Link>
            )}
            {token && (
              <Link to={paths.followups} className="text-slate-700 underline-offset-2 hover:underline">
                Follow-ups
              </Link>
            )}
            {token && (
              <button
                type="button"
                onClick={() => tokenStore.signOut()}
                className="font-medium text-slate-700 underline-offset-2 hover:underline"
              >
                Sign out
              </button>
            )}
          </div>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="outline-none mx-auto max-w-6xl px-4 py-4 sm:py-6">
        <Outlet />
      </main>
    </>
  );
}
