import { apiRequest } from '@/lib/api-client';
import { tokenStore } from '@/lib/token-store';

import { recordingPath } from './recording-path';

export const viewedPath = (id: string) => `${recordingPath(id)}/viewed`;

/** Tells Siro the manager opened this recording (its analytics count views); no body, nothing to read back. */
export async function markViewed(id: string): Promise<void> {
  await apiRequest(viewedPath(id), { token: tokenStore.token(), method: 'PUT' });
}
