import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { redactToken } from '@/lib/redact';
import { tokenStore } from '@/lib/token-store';

import { signedUrlPath } from './paths';
import { resolveAudioUrl } from './resolve-audio-url';

/** Ask for a new URL this long before the old one expires, so a seek never meets a dead one. */
export const EXPIRY_MARGIN_MS = 30_000;
const UNAVAILABLE_STALE_MS = 60_000;
/** react-query times staleness with setTimeout (limit 2³¹ − 1 ms), one millisecond past the staleTime. */
const MAX_STALE_MS = 2 ** 31 - 2;

/**
 * The audio to play, or why there is none (deleted, still processing, unusable URL).
 * `lifetimeMs`: how long the URL was good for when the answer arrived. A lifetime, not an
 * expiry time: the expiry is on the server's clock, and compared with this device's clock it
 * can be minutes off either way; a lifetime is measured from when the answer arrived (the
 * query's dataUpdatedAt), on this device's clock alone.
 */
export type AudioSource =
  { url: string; lifetimeMs: number | null; message?: undefined } | { url: null; lifetimeMs: null; message: string };

const optional = <T extends v.GenericSchema>(schema: T) => v.optional(v.fallback(v.nullable(schema), undefined));

const signedUrlResponseSchema = v.object({
  data: v.object({
    error: optional(v.boolean()),
    url: optional(v.string()),
    expiration: optional(v.pipe(v.number(), v.finite())),
    errorMessage: optional(v.string()),
  }),
});

/**
 * `expiration` is documented only as a timestamp. The sample answers milliseconds; a value
 * too small for that (before 2001) is read as seconds, as storage providers often sign.
 */
export function expiresAtMs(expiration: number | null | undefined): number | null {
  if (expiration == null || expiration <= 0) return null;
  return expiration < 1e12 ? expiration * 1_000 : expiration;
}

/**
 * How long a URL expiring at `expiration` (server time) is good for, seen at `serverNow`: the
 * server's clock when it answered (its `Date` header) where that is known. apiRequest gives
 * bodies only, so for now it is the moment the answer arrived, and a device clock far ahead
 * makes a long-lived URL look short: the renewal's minimum interval and backoff cover that.
 */
export function lifetimeMs(expiration: number | null | undefined, serverNow: number): number | null {
  const expiresAt = expiresAtMs(expiration);
  return expiresAt === null ? null : expiresAt - serverNow;
}

export async function getSignedUrl(id: string, signal?: AbortSignal): Promise<AudioSource> {
  const token = tokenStore.token();
  const body = await apiRequest(signedUrlPath(id), {
    token,
    method: 'POST',
    signal,
  });
  const receivedAt = Date.now();
  const result = v.safeParse(signedUrlResponseSchema, body);
  if (!result.success) throw new ApiError('invalid-response', 'Siro answered, but not with an audio link.');
  const { error, url, expiration, errorMessage } = result.output.data;
  if (error)
    return { url: null, lifetimeMs: null, message: redactToken(errorMessage?.trim() || 'Siro could not provide the audio.', token) };
  const resolved = resolveAudioUrl(url);
  if (!resolved) return { url: null, lifetimeMs: null, message: 'Siro answered with an audio link this page cannot play.' };
  return { url: resolved, lifetimeMs: lifetimeMs(expiration, receivedAt) };
}

export const audioKeys = {
  signedUrl: (id: string) => ['recordings', 'audio-url', id] as const,
};

export function signedUrlQueryOptions(id: string) {
  return queryOptions({
    queryKey: audioKeys.signedUrl(id),
    queryFn: ({ signal }) => getSignedUrl(id, signal),
    // Fresh until shortly before it expires: a remount or a new view reuses it until then.
    // react-query counts staleTime from dataUpdatedAt, on this device's clock, as the lifetime is.
    staleTime: (query) => {
      const data = query.state.data;
      if (data?.url === null) return UNAVAILABLE_STALE_MS;
      return data?.lifetimeMs != null ? Math.min(Math.max(0, data.lifetimeMs - EXPIRY_MARGIN_MS), MAX_STALE_MS) : 5 * 60_000;
    },
  });
}
