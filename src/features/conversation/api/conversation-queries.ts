import { signedUrlQueryOptions } from './get-signed-url';
import { summarySectionsQueryOptions } from './get-summary-sections';
import { utterancesInfiniteOptions } from './get-utterances';

/** The conversation's queries, one factory each; every key holds every input of its request. */
export const conversationQueries = {
  utterances: utterancesInfiniteOptions,
  summarySections: summarySectionsQueryOptions,
  signedUrl: signedUrlQueryOptions,
};
