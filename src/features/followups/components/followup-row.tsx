import { memo } from 'react';

import { AppLink as Link } from '@/components/ui/app-link';
import { LinkedText } from '@/components/ui/linked-text';
import { longText } from '@/components/ui/long-text';

import type { Followup } from '../api/followup-schema';
import { useLatestFollowup } from '../hooks/use-followup';
import { FollowupActions } from './followup-actions';
import { FollowupCard, followupName, type FollowupLinkProps } from './followup-card';

type Props = { followup: Followup; recordingHref: (recordingId: string) => string };

/**
 * One follow-up of the queue, as its latest known version, with the controls to work it. Memoised:
 * the queue keeps every loaded row mounted, and a new page must not draw the others again.
 */
export const FollowupRow = memo(function FollowupRow({ followup: shown, recordingHref }: Props) {
  const followup = useLatestFollowup(shown);
  const link = ({ recordingId, ...props }: FollowupLinkProps) => <Link to={recordingHref(recordingId)} {...props} />;
  return (
    <FollowupCard
      followup={followup}
      link={link}
      text={longText}
      note={followup.note && <LinkedText text={followup.note} />}
      actions={<FollowupActions followup={followup} name={followupName(followup)} />}
    />
  );
});
