import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const RECORDING = siro('/v1/core/recordings/:id');

export const recordingHandlers = [http.get(RECORDING, fromSampleApi)];
