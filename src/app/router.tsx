import { createBrowserRouter } from 'react-router-dom';
import { AppLayout } from './layout';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RecordingRoute, recordingLoader, shouldRevalidateRecording } from './routes/recording';
import { RouteError } from './routes/route-error';

export const router = createBrowserRouter([
  {
    Component: AppLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: () => null,
    children: [
      { index: true, Component: HomeRoute },
      {
        path: 'recordings/:id',
        loader: recordingLoader,
        shouldRevalidate: shouldRevalidateRecording,
        Component: RecordingRoute,
      },
      { path: '*', Component: NotFoundRoute },
    ],
  },
]);
