// The Siro API as unit and component tests see it: one MSW handler per endpoint the app calls,
// each answering as the sample API does (fromSampleApi), so tests get the sample recordings
// (sample-api/ids.ts) and the demo token. A request no handler declares fails the test.
//
// A new endpoint: add its route to the sample API, then a handler here, in the feature's own
// file beside these (as `comments.ts` exports `commentHandlers`), spread into `handlers` below.
// A test that needs another answer overrides it for itself:
//   server.use(http.get(RECORDING, () => HttpResponse.json({ error: 'Nope' }, { status: 500 })));
import { askHandlers } from './ask';
import { coachingHandlers } from './coaching';
import { commentHandlers } from './comments';
import { conversationHandlers } from './conversation';
import { engagementHandlers } from './engagement';
import { followupHandlers } from './followups';
import { inboxHandlers } from './inbox';
import { recordingHandlers } from './recordings';

export const handlers = [
  ...recordingHandlers,
  ...conversationHandlers,
  ...askHandlers,
  ...commentHandlers,
  ...coachingHandlers,
  ...inboxHandlers,
  ...followupHandlers,
  ...engagementHandlers,
];
