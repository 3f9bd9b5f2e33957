import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useAuth } from '@/features/auth/token-store';
import { RecordingPage } from '@/features/recordings/components/recording-page';
import { ErrorCard } from '@/features/recordings/components/recording-error';
import { RecordingSkeleton } from '@/features/recordings/components/recording-skeleton';
import { parsePanelFlags, writePanelFlag, type PanelFlag } from '@/features/recordings/panels';
import { recordingIdProblem } from '@/features/recordings/recording-id';
import { paths } from '@/config/paths';

const SignInScreen = lazy(() => import('@/features/auth/components/sign-in-screen'));

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
