// The page's entry: start the recording request first, then load the app. The app chunk is
// modulepreloaded from index.html, so it downloads in parallel rather than after this file.
import { readStoredToken } from './features/auth/token-storage';
import { preloadRecording } from './features/recordings/api/preload-recording';

preloadRecording(window.location, readStoredToken().token);
void import('./main');
