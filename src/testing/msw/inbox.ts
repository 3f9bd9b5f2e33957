import { http } from 'msw';

import { fromSampleApi, siro } from './sample-api';

export const SEARCH = siro('/v1/core/recordings/search');
export const CONVERSATION_CONFIGURATIONS = siro('/v1/core/conversation-configurations');

export const inboxHandlers = [http.post(SEARCH, fromSampleApi), http.get(CONVERSATION_CONFIGURATIONS, fromSampleApi)];
