import { useCopy } from '@/components/ui/copy-button';
import { longText } from '@/components/ui/long-text';
import { useAudioStore } from '@/features/conversation/audio-context';
import { momentUrl } from '@/lib/moment-url';

import type { SummarySection } from '../api/summary-sections-schema';
import { SummarySectionsView } from './summary-sections-view';

/** The summary sections, their quotes playing in the page's player, each with a link to its moment. */
export function SummarySections({ sections }: { sections: readonly SummarySection[] }) {
  const store = useAudioStore();
  const { status, copy } = useCopy();
  return (
    <SummarySectionsView
      sections={sections}
      onPlay={(startMs) => store.seek(startMs, { play: true })}
      onCopyLink={(startMs) => void copy(momentUrl(window.location, startMs))}
      copyStatus={status === 'copied' ? 'Link copied' : status === 'failed' ? 'Could not copy the link' : ''}
      showText={longText}
    />
  );
}
