import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const UTTERANCES = siro('/v1/core/recordings/:id/utterances');
export const SUMMARY_SECTIONS = siro('/v2/core/recordings/:id/summary');
export const SIGNED_URL = siro('/v1/core/recordings/:id/signedUrl');

export const conversationHandlers = [
  http.get(UTTERANCES, fromSampleApi),
  http.get(SUMMARY_SECTIONS, fromSampleApi),
  http.post(SIGNED_URL, fromSampleApi),
];
