import { Link } from 'react-router-dom';

import { ApiErrorCard, type ErrorCopy } from '@/components/ui/api-error-card';
import { paths } from '@/config/paths';

export { ErrorCard } from '@/components/ui/api-error-card';

type Props = { error: unknown; retrying: boolean; onRetry: () => void };

const COPY: ErrorCopy = {
  forbiddenTitle: "You don't have access to this recording",
  forbiddenText: 'Your Siro account cannot open this recording. Ask your Siro admin for access, or sign in with another token.',
  notFoundTitle: 'Recording not found',
  notFoundText: 'Siro has no recording with this ID. The link may be incomplete, or the recording was removed.',
  failedTitle: 'The recording could not be loaded',
};

export function RecordingError({ error, retrying, onRetry }: Props) {
  const openAnother = (
    <Link to={paths.home} className="font-medium text-brand-700 underline underline-offset-2">
      Open another recording
    </Link>
  );
  return <ApiErrorCard error={error} retrying={retrying} onRetry={onRetry} copy={COPY} wayOut={openAnother} />;
}
