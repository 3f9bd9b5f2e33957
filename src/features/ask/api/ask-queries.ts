import { queryOptions } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';

import { MAX_SUGGESTIONS, parseAvailability, parseChatAnswer, parseSuggestions, type ChatAnswer } from './ask-schema';

const chatsPath = (id: string) => `/v1/core/recordings/${encodeURIComponent(id)}/chats`;
const STALE_TIME_MS = 30_000;
/** A generated answer may take a while; past this the manager is better off asking again. */
const ANSWER_TIMEOUT_MS = 60_000;

async function getAvailability(id: string, signal: AbortSignal): Promise<boolean> {
  const available = parseAvailability(await apiRequest(`${chatsPath(id)}/available`, { token: tokenStore.token(), signal }));
  if (available === null) throw new ApiError('invalid-response', 'Siro answered, but did not say whether it can answer questions.');
  return available;
}

async function getSuggestions(id: string, signal: AbortSignal): Promise<string[]> {
  const body = await apiRequest('/v1/suggested-questions', {
    token: tokenStore.token(),
    signal,
    method: 'POST',
    body: { queryEntrypoint: 'SINGLE_RECORDING', initialContext: { recordingId: id }, numSuggestedQuestions: MAX_SUGGESTIONS },
  });
  return parseSuggestions(body) ?? [];
}

export const askQueries = {
  all: () => ['ask'] as const,
  availability: (id: string) =>
    queryOptions({
      queryKey: [...askQueries.all(), 'available', id] as const,
      queryFn: ({ signal }) => getAvailability(id, signal),
      staleTime: STALE_TIME_MS,
    }),
  // Generated once per recording: asking again would only reword them.
  suggestions: (id: string) =>
    queryOptions({
      queryKey: [...askQueries.all(), 'suggested-questions', id] as const,
      queryFn: ({ signal }) => getSuggestions(id, signal),
      staleTime: Infinity,
    }),
};

/**
 * One question. The reference's body holds the id as well as the question. Never retried on
 * its own: Siro counts questions per user per day.
 */
export async function askQuestion(id: string, question: string, signal: AbortSignal): Promise<ChatAnswer> {
  const body = await apiRequest(chatsPath(id), {
    token: tokenStore.token(),
    signal,
    method: 'POST',
    body: { id, question },
    timeoutMs: ANSWER_TIMEOUT_MS,
  });
  const answer = parseChatAnswer(body);
  if (!answer) throw new ApiError('invalid-response', 'Siro answered, but not with an answer.');
  return answer;
}
