import { longText } from '@/components/ui/long-text';
import { useAudioStore } from '@/features/conversation/audio-context';

import type { SummarySection } from '../api/summary-sections-schema';
import { SummarySectionsView } from './summary-sections-view';

/** The summary sections, their quotes playing in the page's player. */
export function SummarySections({ sections }: { sections: readonly SummarySection[] }) {
  const store = useAudioStore();
  return <SummarySectionsView sections={sections} onPlay={(startMs) => store.seek(startMs, { play: true })} showText={longText} />;
}
