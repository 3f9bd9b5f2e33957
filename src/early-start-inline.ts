// The script the build inlines into index.html (tooling/vite-plugins.ts, inlineEarlyStart).
import { startEarlyRequests } from './early-start';

startEarlyRequests();
