import { PanelFrame } from '@/components/ui/panel-frame';
import type { SummarySection } from '@/features/conversation/api/summary-sections-schema';
import { SummarySectionsView } from '@/features/conversation/components/summary-sections-view';
import type { FirstScreenRecording } from '@/features/recordings/api/recording-schema';
import { RecordingHeader } from '@/features/recordings/components/recording-header';
import { SummaryPanel } from '@/features/recordings/components/summary-panel';
import { ViewBar } from '@/features/recordings/components/view-bar';
import { PAGE_ORDER, parsePanelFlags, parseUiPanelFlags, type AnyPanel } from '@/features/recordings/panels';
import { isStillProcessing } from '@/features/recordings/recording-status';
import type { EarlyAnswer } from '@/lib/early-requests';

import { BarPlaceholder, parseJson } from './paint-parts';
import { readFirstScreen, readSummarySections } from './read-answers';
import { renderToDom } from './render-to-dom';

// The recording page's early paint. A build inlines it into index.html (the second inline script);
// where nothing was inlined (dev), the boot entry imports it.

/** How long the paint waits for the summary sections once the recording is here. */
const SECTIONS_WAIT_MS = 1_000;

type Props = { recording: FirstScreenRecording; sections: readonly SummarySection[] | null; shown: readonly AnyPanel[] };

/**
 * Where the route's Change outcome control will be, drawn with its words and classes (the
 * outcome editor's closed state) so that nothing moves when React puts the control there.
 */
function OutcomeActionPlaceholder() {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="text-sm font-medium text-brand-700 underline underline-offset-2 print:hidden">Change outcome</span>
    </span>
  );
}

/**
 * The recording page down to its summary, from the same components React renders, so nothing
 * moves when React replaces it: the layout's bar (its height, without its links), the header,
 * the section navigation, the summary (its sections, when Siro has them, as the app will).
 */
export function FirstScreen({ recording, sections, shown }: Props) {
  return (
    <>
      <BarPlaceholder />
      <main aria-busy="true" className="mx-auto max-w-6xl px-4 py-4 sm:py-6">
        <div className="space-y-4">
          <RecordingHeader recording={recording} outcomeAction={recording.deleted ? undefined : <OutcomeActionPlaceholder />} />
          <ViewBar shown={shown} />
          {shown.some((panel) => panel.flag === 'showSummary') && (
            <PanelFrame title="Summary" anchor="summary">
              <SummaryPanel
                summary={recording.summary}
                sections={sections?.length ? <SummarySectionsView sections={sections} /> : undefined}
                processing={isStillProcessing(recording)}
              />
            </PanelFrame>
          )}
        </div>
      </main>
    </>
  );
}

/** The sections, if they come within SECTIONS_WAIT_MS. */
async function sectionsIfSoon(answer: Promise<EarlyAnswer> | null): Promise<SummarySection[] | null> {
  if (!answer) return null;
  const late = new Promise<null>((resolve) => setTimeout(resolve, SECTIONS_WAIT_MS, null));
  const early = await Promise.race([answer.catch(() => null), late]);
  return early?.response.ok ? readSummarySections(parseJson(early.text)) : null;
}

/**
 * Draws the first screen into `root` from the recording's answer (`text`) when it is readable
 * and the app has not got there first. API text stays text: the components render it as such.
 */
export async function paintFirstScreen(root: HTMLElement, text: string, sectionsAnswer: Promise<EarlyAnswer> | null) {
  const recording = readFirstScreen(parseJson(text));
  if (!recording) return;
  const search = new URLSearchParams(window.location.search);
  const on = { ...parsePanelFlags(search), ...parseUiPanelFlags(search) };
  const sections = on.showSummary ? await sectionsIfSoon(sectionsAnswer) : null;
  if (root.childElementCount > 0) return;
  renderToDom(root, <FirstScreen recording={recording} sections={sections} shown={PAGE_ORDER.filter((panel) => on[panel.flag])} />);
  // As the lists' overlay is: what React's first commit clears from the root.
  for (const part of root.children) part.setAttribute('data-early-paint', '');
}
