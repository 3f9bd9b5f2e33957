import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';
import { tokenStore } from '@/lib/token-store';
import { resolveAudioUrl } from './resolve-audio-url';

/** Ask for a new URL this long before the old one expires, so a seek never meets a dead one. */
export const EXPIRY_MARGIN_MS = 30_000;
const UNAVAILABLE_STALE_MS = 60_000;

/** The audio to play, or why there is none (deleted, still processing, unusable URL). */
export type AudioSource =
  | { url: string; expiresAt: number | null; message?: undefined }
  | { url: null; expiresAt: null; message: string };

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

export async function getSignedUrl(id: string, signal?: AbortSignal): Promise<AudioSource> {
  const body = await apiRequest(`/v1/core/recordings/${encodeURIComponent(id)}/signedUrl`, {
    token: tokenStore.token(),
    method: 'POST',
    signal,
  });
  const result = v.safeParse(signedUrlResponseSchema, body);
  if (!result.success) throw new ApiError('invalid-response', 'Siro answered, but not with an audio link.');
  const { error, url, expiration, errorMessage } = result.output.data;
  if (error) return { url: null, expiresAt: null, message: errorMessage?.trim() || 'Siro could not provide the audio.' };
  const resolved = resolveAudioUrl(url);
  if (!resolved) return { url: null, expiresAt: null, message: 'Siro answered with an audio link this page cannot play.' };
  return { url: resolved, expiresAt: expiresAtMs(expiration) };
}

export const audioKeys = {
  signedUrl: (id: string) => ['recordings', 'audio-url', id] as const,
};

export function signedUrlQueryOptions(id: string) {
  return queryOptions({
    queryKey: audioKeys.signedUrl(id),
    queryFn: ({ signal }) => getSignedUrl(id, signal),
    // Fresh until shortly before it expires: a remount or a new view reuses it until then.
    staleTime: (query) => {
      const expiresAt = query.state.data?.expiresAt;
      if (query.state.data?.url === null) return UNAVAILABLE_STALE_MS;
      return expiresAt ? Math.max(0, expiresAt - Date.now() - EXPIRY_MARGIN_MS) : 5 * 60_000;
    },
  });
}
