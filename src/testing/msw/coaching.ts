import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const RECORDING_DOCUMENTS = siro('/v1/core/recordings');
export const BOOKMARK_CONFIGS = siro('/v1/core/bookmark-configs');
export const COLOR_CONFIGURATIONS = siro('/v1/core/scorecards/color-configurations');

export const coachingHandlers = [
  http.post(RECORDING_DOCUMENTS, fromSampleApi),
  http.get(BOOKMARK_CONFIGS, fromSampleApi),
  http.get(COLOR_CONFIGURATIONS, fromSampleApi),
];
