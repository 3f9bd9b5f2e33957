import { ApiErrorCard, type ErrorCopy } from '@/components/ui/api-error-card';
import { AppLink as Link } from '@/components/ui/app-link';
import { paths } from '@/config/paths';
import { clipText } from '@/lib/clip-text';

export { ErrorCard } from '@/components/ui/api-error-card';

type Props = { id: string; error: unknown; retrying: boolean; onRetry: () => void };

// An ID from a damaged link can be any length: the card shows its start.
const SHOWN_ID_LENGTH = 120;

export function RecordingError({ id, error, retrying, onRetry }: Props) {
  const copy: ErrorCopy = {
    forbiddenTitle: "You don't have access to this recording",
    forbiddenText: 'Your Siro account cannot open this recording. Ask your Siro admin for access, or sign in with another token.',
    notFoundTitle: 'Recording not found',
    notFoundText: (
      <>
        Siro has no recording with the ID <bdi className="font-mono break-all text-slate-900">{clipText(id, SHOWN_ID_LENGTH).text}</bdi>.
        The link may be incomplete, or the recording was removed.
      </>
    ),
    failedTitle: 'The recording could not be loaded',
  };
  const openAnother = (
    <Link to={paths.home} className="font-medium text-brand-700 underline underline-offset-2">
      Open another recording
    </Link>
  );
  return <ApiErrorCard error={error} retrying={retrying} onRetry={onRetry} copy={copy} wayOut={openAnother} />;
}
