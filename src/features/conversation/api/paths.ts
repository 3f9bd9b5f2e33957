// The conversation's requests, built in one place: the boot script starts them before the app
// has loaded, and the app adopts them only if it asks for exactly the same URL.

/**
 * Lines per request. Siro's default is everything at once (100,000); a first page this size
 * fills the screen in one small response, and the rest follows in the background.
 */
export const UTTERANCE_PAGE_SIZE = 100;

const base = (id: string) => `/v1/core/recordings/${encodeURIComponent(id)}`;

export const utterancesRequest = (id: string, cursor: number, pageSize = UTTERANCE_PAGE_SIZE) => ({
  path: `${base(id)}/utterances`,
  search: new URLSearchParams({ cursor: String(cursor), pageSize: String(pageSize) }),
});
export const summarySectionsPath = (id: string) => `/v2/core/recordings/${encodeURIComponent(id)}/summary`;
export const signedUrlPath = (id: string) => `${base(id)}/signedUrl`;
export const listenPath = (id: string) => `${base(id)}/listen`;
