import { lazy, useState, type ComponentType } from 'react';

// The recording page's code is its own chunk, so the inbox and the queue never download it. On a
// recording URL it arrives beside the app's (src/recording-entry.ts, loaded by the boot entry)
// and is here before the first render: React then replaces the early paint without a fallback.
let loaded: ComponentType | undefined;

export function loadRecordingRoute() {
  return import('@/recording-entry').then((module) => {
    loaded = module.RecordingRoute;
    return module;
  });
}

const LazyRecordingRoute = lazy(() => loadRecordingRoute().then((module) => ({ default: module.RecordingRoute })));

/** The recording route, at once when its code is loaded, else lazily (inside the caller's Suspense). */
export function RecordingRouteLoader() {
  // Chosen once per mount: switching from the lazy wrapper to the loaded route would remount the page.
  const [Route] = useState(() => loaded ?? LazyRecordingRoute);
  return <Route />;
}
