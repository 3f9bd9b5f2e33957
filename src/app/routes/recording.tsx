import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams, type LoaderFunctionArgs, type ShouldRevalidateFunctionArgs } from 'react-router-dom';
import { useAuth, tokenStore } from '@/features/auth/token-store';
import { recordingQueryOptions } from '@/features/recordings/api/get-recording';
import { RecordingPage } from '@/features/recordings/components/recording-page';
import { ErrorCard } from '@/features/recordings/components/recording-error';
import { RecordingSkeleton } from '@/features/recordings/components/recording-skeleton';
import { parsePanelFlags, writePanelFlag, type PanelFlag } from '@/features/recordings/panels';
import { recordingIdProblem } from '@/features/recordings/recording-id';
import { paths } from '@/config/paths';
import { queryClient } from '@/app/query-client';

const SignInScreen = lazy(() => import('@/features/auth/components/sign-in-screen'));

/** Starts the fetch with the navigation, not after the component mounts. */
export function recordingLoader({ params, request }: LoaderFunctionArgs) {
  const id = params.id;
  if (id && !recordingIdProblem(id) && tokenStore.token()) {
    const flags = parsePanelFlags(new URL(request.url).searchParams);
    void queryClient.prefetchQuery(recordingQueryOptions(id, flags));
  }
  return null;
}

// Toggling a panel only changes the search params; the page's own query decides whether that needs a request.
export const shouldRevalidateRecording = ({ currentUrl, nextUrl }: ShouldRevalidateFunctionArgs) =>
  currentUrl.pathname !== nextUrl.pathname;

export function RecordingRoute() {
  const { id } = useParams();
  const { token, notice } = useAuth();
  const [search, setSearch] = useSearchParams();
  const flags = useMemo(() => parsePanelFlags(search), [search]);
  const onToggle = useCallback(
    (flag: PanelFlag, on: boolean) => setSearch((previous) => writePanelFlag(previous, flag, on), { replace: true }),
    [setSearch],
  );

  const problem = recordingIdProblem(id);
  if (problem || !id) {
    return (
      <ErrorCard title="This link does not point to a recording">
        <p>{problem}</p>
        <Link to={paths.home} className="font-medium text-brand-700 underline underline-offset-2">
          Open a recording
        </Link>
      </ErrorCard>
    );
  }
  if (!token) {
    return (
      <Suspense fallback={<RecordingSkeleton />}>
        <SignInScreen notice={notice} />
      </Suspense>
    );
  }
  return <RecordingPage key={id} id={id} flags={flags} onToggle={onToggle} />;
}
