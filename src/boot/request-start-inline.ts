// The first script the build inlines into index.html (the inlineEarlyStart plugin): the page's
// requests. The recording's first screen is the second script's (paintInline).
import type { EarlyStart } from '@/lib/early-requests';

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

// The paint first: it is larger than most answers, and all share the bandwidth.
const start = startEarlyRequests(window.location, preloadPaint);
// A task of its own: the parser goes on with the page first.
if (start) setTimeout(warmFormatters, 0, start.kind);
