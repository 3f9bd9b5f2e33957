// The boot script's second half, loaded beside the requests it starts: draws the header and
// summary as plain DOM when the recording answers before the app has started. The summary
// sections, when Siro has them, are drawn instead of the plain summary, as the app will.
import type { EarlyAnswer } from './lib/early-requests';
import { paintEarly } from './features/recordings/early-paint';
import { parseSummarySections } from './features/conversation/api/summary-sections-schema';
import { sectionsElement } from './features/conversation/summary-sections-view';

/** How long the paint waits for the summary sections once the recording is here. */
const SECTIONS_WAIT_MS = 1_000;

export async function paintFirstScreen(
  root: HTMLElement,
  recording: string,
  options: { withSummary: boolean; sections: Promise<EarlyAnswer> | null },
) {
  const sections = options.withSummary ? await sectionsIfSoon(options.sections) : null;
  paintEarly(root, recording, { withSummary: options.withSummary, sections });
}

/** The sections drawn as the app will draw them, if they come within SECTIONS_WAIT_MS. */
async function sectionsIfSoon(answer: Promise<EarlyAnswer> | null): Promise<HTMLElement | null> {
  if (!answer) return null;
  const late = new Promise<null>((resolve) => setTimeout(resolve, SECTIONS_WAIT_MS, null));
  const early = await Promise.race([answer.catch(() => null), late]);
  if (!early?.response.ok) return null;
  let body: unknown;
  try {
    body = JSON.parse(early.text);
  } catch {
    return null;
  }
  const parsed = parseSummarySections(body);
  return parsed?.length ? sectionsElement(parsed) : null;
}
