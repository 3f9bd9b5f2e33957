// Same-origin path the serving layer (Vite dev/preview, nginx) forwards to the Siro API:
// Siro does not document CORS, so the browser never calls it directly.
export const API_BASE_PATH = '/api/siro';

// A hung upstream rarely recovers in seconds; give up, say so and offer Retry.
export const REQUEST_TIMEOUT_MS = 15_000;
