// Where the suite's own servers listen, shared by playwright.config.ts and the specs. Ports of
// our own, so a running `npm start` does not get in the way; E2E_API_PORT and E2E_APP_PORT move
// them, for a second checkout testing beside this one.
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4110);
export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);

/** The sample API, reached directly: where its signed audio URLs point. */
export const API_ORIGIN = `http://127.0.0.1:${API_PORT}`;

/** media-src for `vite preview`: the app itself and the sample API's audio, nothing else. */
export const MEDIA_SRC = `'self' ${API_ORIGIN}`;
