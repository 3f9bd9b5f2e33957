import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const CHAT_AVAILABLE = siro('/v1/core/recordings/:id/chats/available');
export const CHATS = siro('/v1/core/recordings/:id/chats');
export const SUGGESTED_QUESTIONS = siro('/v1/suggested-questions');

export const askHandlers = [
  http.get(CHAT_AVAILABLE, fromSampleApi),
  http.post(CHATS, fromSampleApi),
  http.post(SUGGESTED_QUESTIONS, fromSampleApi),
];
