import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

import { AppLink as Link } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { commentsPath, threadsPath } from '@/features/comments/api/paths';
import { summarySectionsQueryOptions } from '@/features/conversation/api/get-summary-sections';
import { signedUrlPath, utterancesRequest } from '@/features/conversation/api/paths';
import { AudioProvider } from '@/features/conversation/audio-context';
import { recordingDocumentQuery } from '@/features/recordings/api/get-recording-document';
import { ErrorCard } from '@/features/recordings/components/recording-error';
import { RecordingSkeleton } from '@/features/recordings/components/recording-skeleton';
import { parsePanelFlags, parseUiPanelFlags, writePanelFlag, type PanelFlag, type UiPanelFlag } from '@/features/recordings/panels';
import { recordingIdProblem } from '@/features/recordings/recording-id';
import { recordingIdFromPath } from '@/features/recordings/recording-location';
import { hasEarlyRequest } from '@/lib/early-held';
import { adoptEarlyRequest, requestUrl, type Method } from '@/lib/early-requests';
import { MOMENT_PARAM, parseMoment } from '@/lib/moment-url';
import { tokenStore, useAuth } from '@/lib/token-store';

import { RecordingPage } from './recording-page';
import type { Prefetched } from './recording-prefetch';

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
  const document = useQuery({ ...recordingDocumentQuery(id ?? ''), enabled: Boolean(token && id && !problem) });
  // Beside the recording request, never after it: transcript, summary sections, audio URL.
  const startable = token && id && !problem ? id : null;
  usePrefetchSummarySections(startable, flags.showSummary);
  usePrefetchBelowTheFold(startable, {
    transcript: uiFlags.showTranscript,
    // Only when something on the page plays (a quote, a line, a comment's time): a POST that signs a link.
    audio: flags.showSummary || uiFlags.showTranscript || uiFlags.showComments,
    comments: uiFlags.showComments,
  });
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

function usePrefetchSummarySections(id: string | null, shown: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (id && shown) void queryClient.prefetchQuery(summarySectionsQueryOptions(id));
  }, [queryClient, id, shown]);
}

/** The requests startEarlyRequests makes for what the panels below the summary read. */
function belowTheFoldRequests(id: string): Record<keyof Prefetched, Array<[Method, string]>> {
  const firstLines = utterancesRequest(id, 1);
  return {
    transcript: [['GET', requestUrl(firstLines.path, firstLines.search)]],
    audio: [['POST', requestUrl(signedUrlPath(id))]],
    comments: [
      ['GET', requestUrl(commentsPath(id))],
      ['GET', requestUrl(threadsPath(id))],
    ],
  };
}

/**
 * The transcript's first page, the audio URL and the comments, asked for beside the recording,
 * never after it. On landing, startEarlyRequests has asked already: the answers wait for the
 * panels that read them, whose code (parsing included) loads only as they come near, so a phone
 * reading the summary downloads none of it. On a move within the app, the code that asks loads
 * now. Leaving the recording forgets answers nobody read: a later visit asks afresh.
 */
function usePrefetchBelowTheFold(id: string | null, wanted: Prefetched) {
  const queryClient = useQueryClient();
  const { transcript, audio, comments } = wanted;
  useEffect(() => {
    const token = tokenStore.token();
    if (!id || !token) return;
    const requests = belowTheFoldRequests(id);
    const asked = (part: keyof Prefetched) => requests[part].every(([method, url]) => hasEarlyRequest(method, url, token));
    const needed = {
      transcript: transcript && !asked('transcript'),
      audio: audio && !asked('audio'),
      comments: comments && !asked('comments'),
    };
    if (needed.transcript || needed.audio || needed.comments) {
      void import('./recording-prefetch').then((module) => module.prefetchBelowTheFold(queryClient, id, needed));
    }
  }, [queryClient, id, transcript, audio, comments]);
  useEffect(() => {
    if (!id) return;
    return () => {
      const token = tokenStore.token();
      if (!token) return;
      for (const [method, url] of Object.values(belowTheFoldRequests(id)).flat()) adoptEarlyRequest(method, url, token);
    };
  }, [id]);
}
