import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { conversationQueries } from '../api/conversation-queries';
import type { AudioStore } from '../audio-store';
import { isShortLived, renewalDelay } from '../renewal';
import { useRefetchWhenProcessed } from './use-refetch-when-processed';

/** New URLs tried in a row without the audio ever becoming playable, before asking the manager. */
const MAX_REFRESHES = 2;

/**
 * The signed audio URL, renewed when it expires or the audio fails on it (an expired URL
 * answers 403). Each URL is a new <audio> element (`key`), which resumes where the last one
 * was, playing if it was playing (see AudioStore.attach). While the recording processes, Siro
 * answers that there is no audio yet; the URL is asked for again as soon as processing ends.
 */
export function useAudioSource(recordingId: string, store: AudioStore, processing: boolean) {
  const query = useQuery(conversationQueries.signedUrl(recordingId));
  const { refetch, dataUpdatedAt, errorUpdatedAt } = query;
  const refreshes = useRef(0);
  const expired = useRef(false);
  /** Short-lived or failed renewals in a row, and the answer last counted (effects may re-run). */
  const renewals = useRef({ streak: 0, counted: '' });
  const [gaveUp, setGaveUp] = useState(false);
  const lifetime = query.data?.lifetimeMs ?? null;

  const refresh = useCallback(() => {
    expired.current = false;
    void refetch();
  }, [refetch]);
  useRefetchWhenProcessed(processing, refresh);

  useEffect(() => {
    expired.current = false;
    if (lifetime === null) return;
    // A renewal that failed leaves the old URL, nearly expired: try again, backing off.
    const failed = errorUpdatedAt > dataUpdatedAt;
    const answeredAt = Math.max(dataUpdatedAt, errorUpdatedAt);
    const short = failed || isShortLived(lifetime);
    const answer = `${dataUpdatedAt}:${errorUpdatedAt}`;
    if (renewals.current.counted !== answer) {
      renewals.current = { streak: short ? renewals.current.streak + 1 : 0, counted: answer };
    }
    const delay = renewalDelay(failed ? 0 : lifetime, renewals.current.streak - 1);
    // Timed from the answer, on this device's clock: a remount later waits only what is left.
    const timer = setTimeout(
      () => {
        // While it plays, the bytes already flowing usually carry on; a request that fails
        // comes back as an error event. Paused, renew now so the next play or seek just works.
        if (store.getState().playing) expired.current = true;
        else refresh();
      },
      Math.max(0, delay - (Date.now() - answeredAt)),
    );
    return () => clearTimeout(timer);
  }, [lifetime, dataUpdatedAt, errorUpdatedAt, refresh, store]);

  const onError = useCallback(() => {
    if (refreshes.current >= MAX_REFRESHES) {
      setGaveUp(true);
      return;
    }
    refreshes.current += 1;
    refresh();
  }, [refresh]);

  return {
    source: query.data,
    /** Changes with every URL fetched, even an identical one: a fresh element loads it again. */
    key: dataUpdatedAt,
    loading: query.isPending,
    fetching: query.isFetching,
    /** Fetching the URL failed (and react-query's retries with it). */
    error: query.isError && !query.isFetching ? query.error : null,
    gaveUp,
    onError,
    onPlayable: useCallback(() => {
      refreshes.current = 0;
    }, []),
    onPause: useCallback(() => {
      if (expired.current) refresh();
    }, [refresh]),
    retry: useCallback(() => {
      refreshes.current = 0;
      setGaveUp(false);
      refresh();
    }, [refresh]),
  };
}
