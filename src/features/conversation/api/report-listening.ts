import * as v from 'valibot';

import { apiRequest } from '@/lib/api-client';
import { tokenStore } from '@/lib/token-store';

import { listenPath } from './paths';

const engagementSchema = v.object({
  data: v.object({ recordingEngagement: v.object({ id: v.pipe(v.string(), v.minLength(1)) }) }),
});

/**
 * Reports the cumulative listening time of this session (`engagementId` null for its first
 * report); answers the engagement's id to reuse, or null when the answer does not say.
 */
export async function reportListening(
  recordingId: string,
  report: { engagementId: string | null; durationMs: number },
  options: { keepalive?: boolean } = {},
): Promise<string | null> {
  const body = await apiRequest(listenPath(recordingId), {
    token: tokenStore.token(),
    method: 'PUT',
    body: {
      ...(report.engagementId ? { recordingEngagementId: report.engagementId } : {}),
      duration: Math.max(0, Math.round(report.durationMs)),
      clientPlatform: 'WEB',
    },
    keepalive: options.keepalive,
  });
  const parsed = v.safeParse(engagementSchema, body);
  return parsed.success ? parsed.output.data.recordingEngagement.id : null;
}
