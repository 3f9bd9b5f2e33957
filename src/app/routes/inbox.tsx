import { lazy, Suspense } from 'react';

import { InboxPage } from '@/features/inbox/components/inbox-page';
import { InboxSkeleton } from '@/features/inbox/components/inbox-skeleton';
import { OpenRecordingForm } from '@/features/recordings/components/open-recording-form';
import { useAuth } from '@/lib/token-store';

const SignInScreen = lazy(() => import('@/features/auth/components/sign-in-screen'));

/** `/recordings` (and `/` when signed in): the inbox, with the Open form in its header. */
export function InboxRoute() {
  const { token, notice } = useAuth();
  if (!token) {
    return (
      <Suspense fallback={<InboxSkeleton />}>
        <SignInScreen notice={notice} />
      </Suspense>
    );
  }
  return <InboxPage header={<OpenRecordingForm compact />} />;
}
