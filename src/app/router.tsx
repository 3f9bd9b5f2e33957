import { lazy, Suspense } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';

import { ErrorBoundary } from '@/components/ui/error-boundary';
import { useAuth } from '@/lib/token-store';

import { AppLayout } from './layout';
import { RecordingRouteLoader } from './routes/recording-loader';
import { RouteError } from './routes/route-error';

// A manager lands on a recording from the CRM: the other pages load only when visited.
const HomeRoute = lazy(() => import('./routes/home').then((module) => ({ default: module.HomeRoute })));
const FollowupsRoute = lazy(() => import('./routes/follow-ups').then((module) => ({ default: module.FollowupsRoute })));
const InboxRoute = lazy(() => import('./routes/inbox').then((module) => ({ default: module.InboxRoute })));
const NotFoundRoute = lazy(() => import('./routes/not-found').then((module) => ({ default: module.NotFoundRoute })));

// Declarative routes rather than createBrowserRouter: the data router costs ~16 KB gzip more on
// a phone, and its loader's job (start the fetch before React renders) is done earlier still by
// startEarlyRequests on landing, and by the Open form when navigating in the app.
export function AppRoutes() {
  // A crash is the page's, not the app's: moving to another page (the fallback's own link,
  // Back) tries again.
  const { pathname } = useLocation();
  return (
    <ErrorBoundary fallback={() => <RouteError />} resetKey={pathname}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<IndexRoute />} />
          <Route
            path="recordings"
            element={
              <Suspense>
                <InboxRoute />
              </Suspense>
            }
          />
          <Route
            path="recordings/:id"
            element={
              <Suspense>
                <RecordingRouteLoader />
              </Suspense>
            }
          />
          <Route
            path="follow-ups"
            element={
              <Suspense>
                <FollowupsRoute />
              </Suspense>
            }
          />
          <Route
            path="*"
            element={
              <Suspense>
                <NotFoundRoute />
              </Suspense>
            }
          />
        </Route>
      </Routes>
    </ErrorBoundary>
  );
}

/** Signed in, `/` is the inbox; signed out, the Open form (a recording link still asks to sign in). */
function IndexRoute() {
  const { token } = useAuth();
  return <Suspense>{token ? <InboxRoute /> : <HomeRoute />}</Suspense>;
}
