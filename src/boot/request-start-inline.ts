// The script the build inlines into index.html (the inlineEarlyStart plugin).
import type { EarlyStart } from '@/lib/early-requests';

import { startEarlyRequests } from './request-start';
import { warmFormatters } from './warm-formatters';

// Each page's early paint files, which the build writes in (tooling/vite-plugins.ts, paintFiles).
const PAINT_FILES = '__SIRO_PAINT_FILES__' as unknown as Partial<Record<EarlyStart['kind'], string[]>>;

const start = startEarlyRequests();
if (start) {
  // This page's paint downloads beside its answer, not once the entry has run: never the others'.
  for (const href of PAINT_FILES[start.kind] ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  // A task of its own: the parser goes on with the page first.
  setTimeout(warmFormatters, 0, start.kind);
}
