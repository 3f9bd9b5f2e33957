// The script the build inlines into index.html (the inlineEarlyStart plugin): the page's requests
// and, on a recording, its first screen. The HTML arrives while the renderer is still starting,
// when the link has nothing else to carry; as a file, the recording's paint shared the link with
// the recording's answer, and was compiled only once both were here.
import type { EarlyStart } from '@/lib/early-requests';

import { paintFirstScreen } from './first-screen';
import { startEarlyRequests } from './request-start';
import { warmFormatters } from './warm-formatters';

// The lists' early paint files, which the build writes in (tooling/vite-plugins.ts, paintFiles).
const PAINT_FILES = '__SIRO_PAINT_FILES__' as unknown as Partial<Record<EarlyStart['kind'], string[]>>;

/** This page's paint downloads beside its answer, not once the entry has run: never the others'. */
function preloadPaint(kind: EarlyStart['kind']) {
  for (const href of PAINT_FILES[kind] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}

/** The recording's first screen, once its answer is here (and the body it is drawn into). */
async function paintRecording(start: Extract<EarlyStart, { kind: 'recording' }>) {
  const answer = await start.recording;
  if (document.readyState === 'loading')
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  const root = document.getElementById('root');
  if (answer.response.ok && root) await paintFirstScreen(root, answer.text, start.sections);
}

// The paint first: it is larger than most answers, and all share the bandwidth.
const start = startEarlyRequests(window.location, preloadPaint);
// A task of its own: the parser goes on with the page first.
if (start) setTimeout(warmFormatters, 0, start.kind);
// A failure is the app's to report, once it adopts the request.
if (start?.kind === 'recording') start.painted = paintRecording(start).catch(() => {});
