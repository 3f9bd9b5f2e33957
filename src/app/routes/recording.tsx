import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

import { AppLink as Link } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { usePrefetchComments } from '@/features/comments/hooks/use-prefetch-comments';
import { AudioProvider } from '@/features/conversation/audio-context';
import { usePrefetchTranscriptAndAudio } from '@/features/conversation/hooks/use-prefetch-transcript';
import { recordingQueries } from '@/features/recordings/api/get-recording';
import { ErrorCard } from '@/features/recordings/components/recording-error';
import { RecordingSkeleton } from '@/features/recordings/components/recording-skeleton';
import { parsePanelFlags, parseUiPanelFlags, writePanelFlag, type PanelFlag, type UiPanelFlag } from '@/features/recordings/panels';
import { recordingIdProblem } from '@/features/recordings/recording-id';
import { recordingIdFromPath } from '@/features/recordings/recording-location';
import { MOMENT_PARAM, parseMoment } from '@/lib/moment-url';
import { useAuth } from '@/lib/token-store';

import { RecordingPage } from './recording-page';

/** The Moments panel's kind filter in the URL, so a shared link shows the same moments. */
const MOMENT_KIND_PARAM = 'momentKind';

const SignInScreen = lazy(() => import('@/features/auth/components/sign-in-screen'));

export function RecordingRoute() {
  const id = recordingIdFromPath(useLocation().pathname) ?? undefined;
  const { token, notice } = useAuth();
  const [search, setSearch] = useSearchParams();
  const flags = useMemo(() => parsePanelFlags(search), [search]);
  const uiFlags = useMemo(() => parseUiPanelFlags(search), [search]);
  const startAtMs = parseMoment(search.get(MOMENT_PARAM));
  const onToggle = useCallback(
    (flag: PanelFlag | UiPanelFlag, on: boolean) => setSearch((previous) => writePanelFlag(previous, flag, on), { replace: true }),
    [setSearch],
  );

  const momentKind = search.get(MOMENT_KIND_PARAM);
  // Choosing a kind is a deliberate step: it gets its own history entry.
  const onMomentKind = useCallback(
    (kind: string | null) =>
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        if (kind) next.set(MOMENT_KIND_PARAM, kind);
        else next.delete(MOMENT_KIND_PARAM);
        return next;
      }),
    [setSearch],
  );

  const problem = recordingIdProblem(id);
  // The full document starts with the recording, never after it (the early start already sent it).
  const document = useQuery({ ...recordingQueries.document(id ?? ''), enabled: Boolean(token && id && !problem) });
  // Beside the recording request, never after it: transcript, summary sections, audio URL.
  const startable = token && id && !problem ? id : null;
  usePrefetchTranscriptAndAudio(startable, {
    summary: flags.showSummary,
    transcript: uiFlags.showTranscript,
    comments: uiFlags.showComments,
  });
  usePrefetchComments(startable, uiFlags.showComments);
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
  return (
    <AudioProvider key={id}>
      <RecordingPage
        key={id}
        id={id}
        flags={flags}
        startAtMs={startAtMs}
        uiFlags={uiFlags}
        onToggle={onToggle}
        document={document}
        momentKind={momentKind}
        onMomentKind={onMomentKind}
      />
    </AudioProvider>
  );
}
