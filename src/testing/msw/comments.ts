import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const COMMENTS = siro('/v1/core/recordings/:id/comments');
export const COMMENT = siro('/v1/core/recordings/:id/comments/:commentId');
export const THREADS = siro('/v1/core/recordings/:id/threads');

export const commentHandlers = [
  http.get(COMMENTS, fromSampleApi),
  http.post(COMMENTS, fromSampleApi),
  http.get(COMMENT, fromSampleApi),
  http.patch(COMMENT, fromSampleApi),
  http.delete(COMMENT, fromSampleApi),
  http.get(THREADS, fromSampleApi),
];
