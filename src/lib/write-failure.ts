import { ApiError } from './api-error';

/**
 * What to tell the manager when a write failed, with the way forward; the caller keeps what they
 * typed. A validation report (422) lists Siro's own messages, field by field.
 */
export function writeFailureMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'This could not be saved. What you wrote is kept: try again.';
  switch (error.kind) {
    case 'forbidden':
      return 'This token can read but not write. Sign in with a token that has the write scope; what you wrote is kept.';
    case 'validation':
      return `Siro did not accept this: ${error.message}`;
    case 'unauthorized':
      return 'Your session has ended. Sign in again; what you wrote is kept.';
    case 'rate-limited':
      return 'Siro is receiving too many requests. Wait a moment, then try again.';
    case 'network':
    case 'timeout':
      return 'The connection was lost before Siro answered: this may or may not have been saved. Check before trying again.';
    default:
      return `This could not be saved: ${error.message}`;
  }
}
