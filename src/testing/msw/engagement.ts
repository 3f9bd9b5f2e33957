import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const VIEWED = siro('/v1/core/recordings/:id/viewed');
export const LISTEN = siro('/v1/core/recordings/:id/listen');

export const engagementHandlers = [http.put(VIEWED, fromSampleApi), http.put(LISTEN, fromSampleApi)];
