import { lazy, Suspense } from 'react';

import { paths } from '@/config/paths';
import { FollowupQueue } from '@/features/followups/components/followup-queue';
import { useAuth } from '@/lib/token-store';

const SignInScreen = lazy(() => import('@/features/auth/components/sign-in-screen'));

const recordingHref = (recordingId: string) => paths.recording(recordingId);

export function FollowupsRoute() {
  const { token, notice } = useAuth();
  if (!token) {
    return (
      <Suspense>
        <SignInScreen notice={notice} />
      </Suspense>
    );
  }
  return <FollowupQueue recordingHref={recordingHref} />;
}
