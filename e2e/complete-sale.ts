// What a manager sees of the sample API's complete-sale recording (sample-api/data/complete-sale.ts).
export { COMPLETE_SALE_RECORDING_ID as ID } from '../sample-api/ids';

export const TITLE = 'Whitaker – roof replacement consultation';
/** The Summary panel's text: the recording's summary, or its summary sections when the app shows those. */
export const SUMMARY = /Marcus Bell met Karen Whitaker|Signed the Better package/;
export const CUSTOMER = 'Karen & Tom Whitaker';
export const OPPORTUNITIES = ['Whitaker – Roof Replacement (Timberline HDZ, Better)', 'Whitaker – Seamless Gutters & Guards'];
export const EXTRACTION_COUNT = '9 extractions';
/**
 * Search params for a view whose only request is the recording itself: the summary sections,
 * transcript, audio URL and Ask Siro have their own endpoints, and a short-lived token lasts one request.
 */
export const ONE_REQUEST_VIEW = '?showSummary=false&showTranscript=false&showAsk=false';
