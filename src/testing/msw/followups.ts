import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const FOLLOWUPS = siro('/v1/core/followups');
export const FOLLOWUP = siro('/v1/core/followups/:id');
export const OUTCOMES = siro('/v1/core/recordings/:id/outcomes');

export const followupHandlers = [
  http.get(FOLLOWUPS, fromSampleApi),
  http.patch(FOLLOWUP, fromSampleApi),
  http.get(OUTCOMES, fromSampleApi),
  http.patch(OUTCOMES, fromSampleApi),
];
