// The script the build inlines into index.html (the inlineEarlyStart plugin).
import { startEarlyRequests } from './request-start';

startEarlyRequests();
