import { earlyRequestKey, earlyState, type Method } from './early-requests';

/**
 * Whether an early request for exactly this call (startEarlyRequests's, not yet adopted) is on
 * its way. Apart from early-requests so the entry and the app's chunk, which every page loads, do
 * not carry it.
 */
export function hasEarlyRequest(method: Method, url: string, token: string, body = ''): boolean {
  return earlyState().requests.get(earlyRequestKey(method, url, body))?.token === token;
}
