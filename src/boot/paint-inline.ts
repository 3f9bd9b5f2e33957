// The second script the build inlines into index.html (the inlineEarlyStart plugin): on a
// recording, its first screen, drawn as soon as the answer is here. Its code comes with the HTML,
// which arrives while the renderer is still starting and the link is idle; as a file, it shared
// the link with the recording's answer and was compiled only once both were here.
import { documentParsed } from '@/lib/document-parsed';
import { earlyState, type EarlyStart } from '@/lib/early-requests';

import { paintFirstScreen } from './first-screen';

/** The recording's first screen, once its answer is here (and the body it is drawn into). */
async function paintRecording(start: Extract<EarlyStart, { kind: 'recording' }>) {
  const answer = await start.recording;
  await documentParsed();
  const root = document.getElementById('root');
  if (answer.response.ok && root) await paintFirstScreen(root, answer.text, start.sections);
}

const start = earlyState().start;
// A failure is the app's to report, once it adopts the request.
if (start?.kind === 'recording') start.painted = paintRecording(start).catch(() => {});
