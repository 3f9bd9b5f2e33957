import { useCallback, useEffect, useRef, useState } from 'react';

import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { askQuestion } from '../api/ask-queries';
import type { ChatAnswer } from '../api/ask-schema';

export type Exchange =
  | { key: number; question: string; status: 'pending' }
  | { key: number; question: string; status: 'answered'; answer: ChatAnswer }
  | { key: number; question: string; status: 'failed'; error: unknown };

/**
 * This visit's questions, newest first. Several may be pending at once; each can be cancelled.
 * `onFailed` gets a failed question back, so the field can hold it again.
 */
export function useAskSiro(recordingId: string, onFailed: (question: string) => void) {
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  /** For screen readers: which question was answered last (the answer itself lands in the list). */
  const [announcement, setAnnouncement] = useState('');
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(0);
  const failed = useRef(onFailed);
  useEffect(() => {
    failed.current = onFailed;
  });

  useEffect(() => {
    const pending = controllers.current;
    return () => pending.forEach((controller) => controller.abort());
  }, []);

  const update = (key: number, next: Exchange) => setExchanges((all) => all.map((exchange) => (exchange.key === key ? next : exchange)));

  const send = useCallback(
    (key: number, question: string) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      askQuestion(recordingId, question, controller.signal).then(
        (answer) => {
          controllers.current.delete(key);
          update(key, { key, question, status: 'answered', answer });
          setAnnouncement(`Siro answered: ${question}`);
        },
        (error: unknown) => {
          controllers.current.delete(key);
          if (controller.signal.aborted) return;
          if (error instanceof ApiError && error.kind === 'unauthorized') tokenStore.expire();
          update(key, { key, question, status: 'failed', error });
          failed.current(question);
        },
      );
    },
    [recordingId],
  );

  const ask = useCallback(
    (question: string) => {
      const key = nextKey.current++;
      setExchanges((all) => [{ key, question, status: 'pending' }, ...all]);
      send(key, question);
    },
    [send],
  );

  const retry = useCallback(
    (key: number, question: string) => {
      update(key, { key, question, status: 'pending' });
      send(key, question);
    },
    [send],
  );

  const cancel = useCallback((key: number) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    setExchanges((all) => all.filter((exchange) => exchange.key !== key));
  }, []);

  return { exchanges, announcement, ask, retry, cancel };
}
