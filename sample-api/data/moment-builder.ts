// The moments Siro tags in a conversation (jumpToTags) and the organisation's moment kinds
// (bookmark configs). A moment is placed on the exact utterance that holds its fragment.
import type { JsonObject, Transcript } from '../types.ts';
import { quoteContaining } from './transcript-builder.ts';

/**
 * The organisation's moment kinds. SMOKESCREEN is tagged on recordings but deliberately has no
 * configuration here, as when an organisation deletes one: clients need a readable fallback.
 */
export const BOOKMARK_CONFIGS = [
  { id: 'bkc-objection', title: 'Objection', type: 'OBJECTION', description: 'The homeowner pushes back on price, timing, trust or need.' },
  {
    id: 'bkc-pricing',
    title: 'Pricing discussed',
    type: 'PRICING',
    description: 'A price, a discount or a monthly payment is said out loud.',
  },
  { id: 'bkc-competitor', title: 'Competitor mention', type: 'COMPETITOR_MENTION', description: 'Another company or its quote comes up.' },
  { id: 'bkc-next-steps', title: 'Next steps', type: 'NEXT_STEPS', description: 'What happens after the visit, and who does it.' },
  { id: 'bkc-close', title: 'Close attempt', type: 'CLOSE', description: 'The rep asks for the decision or the signature.' },
  { id: 'bkc-pain', title: 'Pain point', type: 'CUSTOMER_PAIN_POINT', description: 'What made the homeowner call.' },
  {
    id: 'bkc-buying-question',
    title: 'Buying question',
    type: 'BUYING_QUESTION',
    description: 'The homeowner asks how buying would work.',
  },
] as const;

export type MomentKind = (typeof BOOKMARK_CONFIGS)[number]['type'] | 'SMOKESCREEN';

export function bookmarkConfigsBody() {
  const bookmarks = BOOKMARK_CONFIGS.map(({ id, title, type, description }) => ({
    id,
    title,
    description,
    bookmarkTypes: [type],
    bookmarkType: type,
    manualLabelCount: 0,
    bookmarkGroupIds: ['bkg-in-home'],
    dateCreated: '2025-11-03T16:00:00.000Z',
  }));
  return {
    data: { bookmarks },
    cursor: null,
    pageSize: bookmarks.length,
    limit: bookmarks.length,
    total: bookmarks.length,
    hasNextPage: false,
  };
}

export function buildMoments(transcript: Transcript, moments: readonly (readonly [MomentKind, string])[]): JsonObject[] {
  return moments.map(([kind, fragment], index) => {
    const quote = quoteContaining(transcript, fragment);
    const config = BOOKMARK_CONFIGS.find((item) => item.type === kind);
    const speakerTag = transcript.utterances.find((u) => u.startTimeInMillis === quote.startTimeInMillis)?.speakerTag ?? '0';
    return {
      text: fragment,
      identifier: `jt-${index + 1}`,
      type: kind,
      types: [kind],
      timestampInMilliseconds: quote.startTimeInMillis,
      endTimestampInMilliseconds: quote.endTimeInMillis,
      preview: quote.quote,
      previewStartTimestampInMilliseconds: quote.startTimeInMillis,
      bookmarkConfigId: config?.id ?? null,
      botCommentId: null,
      speakerTag,
      llmConfirmed: true,
    };
  });
}
