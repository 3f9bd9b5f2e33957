// The script the build inlines into index.html (the inlineEarlyStart plugin).
import { startEarlyRequests } from './request-start';
import { warmFormatters } from './warm-formatters';

const start = startEarlyRequests();
// A task of its own: the parser goes on with the page first.
if (start) setTimeout(warmFormatters, 0, start.kind);
