import { useLocation, useNavigate } from 'react-router-dom';

import { AppLink as Link } from '@/components/ui/app-link';
import { ArrowLeftIcon } from '@/components/ui/icons/arrow-left';
import { paths } from '@/config/paths';

const linkClass = 'inline-flex items-center gap-1 font-medium text-brand-700 underline-offset-2 hover:underline';

/**
 * Back to the inbox the manager came from (same filters and scroll, from the cache), or the
 * unfiltered inbox when the recording was opened from elsewhere (a CRM link).
 */
export function BackToRecordings() {
  const location = useLocation();
  const navigate = useNavigate();
  const fromInbox = (location.state as { fromInbox?: unknown } | null)?.fromInbox === true;
  return (
    <Link
      to={paths.recordings}
      className={linkClass}
      // One name at every width; a phone shows the short words, so the bar stays one line.
      aria-label="Back to recordings"
      onClick={(event) => {
        if (!fromInbox || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        navigate(-1);
      }}
    >
      <ArrowLeftIcon />
      <span className="hidden sm:inline">Back to recordings</span>
      <span className="sm:hidden">Recordings</span>
    </Link>
  );
}
