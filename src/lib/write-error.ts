import { ApiError } from './api-error';

/**
 * Why a change was not saved, in a sentence that says what to do. What the manager typed stays
 * where it was: every caller keeps its draft on failure. A validation report (422) lists Siro's
 * own messages, field by field (ApiError's message).
 */
export function writeErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Your change was not saved. Try again.';
  switch (error.kind) {
    case 'forbidden':
      return 'Not saved: this token can read but not write. Ask your Siro admin for a token with write access.';
    case 'validation':
      return `Not saved: Siro did not accept it (${error.message}).`;
    case 'not-found':
      return 'Not saved: Siro no longer has this item. Reload to see what is there now.';
    case 'rate-limited':
      return 'Not saved: too many requests just now. Wait a moment and try again.';
    case 'unauthorized':
      return 'Not saved: your sign-in has expired.';
    case 'network':
    case 'timeout':
      return 'Not saved, or not sure: the connection was lost before Siro answered. Check before trying again.';
    default:
      return `Not saved: ${error.message} Try again.`;
  }
}
