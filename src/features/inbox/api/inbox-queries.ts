import { colorBandsQueryOptions } from './lookups';
import { inboxSearchQueryOptions } from './search-recordings';

/** The inbox's queries, one factory each; every key holds every input of its request. */
export const inboxQueries = {
  search: inboxSearchQueryOptions,
  colorBands: colorBandsQueryOptions,
};
