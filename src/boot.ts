// The page's entry: start the recording request first, then load the app. The app chunk is
// modulepreloaded from index.html, so it downloads in parallel rather than after this file.
import { readStoredToken } from './lib/token-storage';
import { paintEarly } from './features/recordings/early-paint';
import { preloadRecording } from './features/recordings/api/preload-recording';

const root = document.getElementById('root');
preloadRecording(window.location, readStoredToken().token)?.then(
  ({ response, text }) => {
    if (root && response.ok) paintEarly(root, text);
  },
  () => {}, // A failure is the app's to report, once it adopts the request.
);
void import('./main');
