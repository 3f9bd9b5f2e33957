// The moments Siro tags in a conversation (jumpToTags) and the organisation's moment kinds
// (bookmark configs). A moment is placed on the exact utterance that holds its fragment.
import type { JsonObject, Transcript, Utterance } from '../types.ts';
import { OBJECTION } from './scorecard-builder.ts';
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

function momentAt(kind: MomentKind, fragment: string, utterance: Utterance, index: number): JsonObject {
  const config = BOOKMARK_CONFIGS.find((item) => item.type === kind);
  return {
    text: fragment,
    identifier: `jt-${index + 1}`,
    type: kind,
    types: [kind],
    timestampInMilliseconds: utterance.startTimeInMillis,
    endTimestampInMilliseconds: utterance.endTimeInMillis,
    preview: utterance.utterance,
    previewStartTimestampInMilliseconds: utterance.startTimeInMillis,
    bookmarkConfigId: config?.id ?? null,
    botCommentId: null,
    speakerTag: utterance.speakerTag,
    llmConfirmed: true,
  };
}

export function buildMoments(transcript: Transcript, moments: readonly (readonly [MomentKind, string])[]): JsonObject[] {
  return moments.map(([kind, fragment], index) => {
    const quote = quoteContaining(transcript, fragment);
    const utterance = transcript.utterances.find((u) => u.startTimeInMillis === quote.startTimeInMillis);
    if (!utterance) throw new Error(`No utterance at ${quote.startTimeInMillis}`);
    return momentAt(kind, fragment, utterance, index);
  });
}

type Detector = { kind: MomentKind; side: 'rep' | 'customer' | 'anyone'; pattern: RegExp; most: number };

/** What tags a moment in a transcript without hand-written moments, in English, Spanish or French. */
const DETECTORS: readonly Detector[] = [
  {
    kind: 'CUSTOMER_PAIN_POINT',
    side: 'customer',
    pattern: /(?:leak|dripping|without power|dented|givrées|aire sale tibio|little warm|water in the closet)/iu,
    most: 1,
  },
  { kind: 'OBJECTION', side: 'customer', pattern: OBJECTION, most: 3 },
  {
    kind: 'PRICING',
    side: 'anyone',
    pattern: /(?:\$\s?\d|dollars?|dólares|parts and labor|a month|al mes|thousand|mil ochocientos!|quatorze mille)/iu,
    most: 4,
  },
  {
    kind: 'COMPETITOR_MENTION',
    side: 'anyone',
    pattern: /(?:another company|other company|otra compañía|autre (?:entreprise|compagnie)|quote from)/iu,
    most: 2,
  },
  {
    kind: 'BUYING_QUESTION',
    side: 'customer',
    pattern: /(?:how much|what would .* cost|cuánto sale|combien|price comes|qué tengo que firmar)/iu,
    most: 2,
  },
  {
    kind: 'CLOSE',
    side: 'rep',
    pattern: /(?:sign here|signer ici|aquí firma|how about \w+ at|how is nine|precalificación entonces)/iu,
    most: 2,
  },
  {
    kind: 'NEXT_STEPS',
    side: 'rep',
    pattern:
      /(?:see you|le va a llamar|je vous envoie|will be in your email|get a design|I will just come by|llegamos a las|written quote)/iu,
    most: 2,
  },
];

/** The moments of a transcript found by DETECTORS, in the order they happen; one per utterance. */
export function detectMoments(transcript: Transcript): JsonObject[] {
  const tagged = new Map<Utterance, [MomentKind, string]>();
  for (const detector of DETECTORS) {
    let found = 0;
    for (const u of transcript.utterances) {
      if (found >= detector.most) break;
      if (u.redacted || tagged.has(u)) continue;
      if (detector.side !== 'anyone' && (detector.side === 'rep') !== (u.speakerTag === '0')) continue;
      const match = detector.pattern.exec(u.utterance);
      if (!match) continue;
      tagged.set(u, [detector.kind, match[0]]);
      found += 1;
    }
  }
  return [...tagged]
    .sort(([a], [b]) => a.startTimeInMillis - b.startTimeInMillis)
    .map(([u, [kind, fragment]], index) => momentAt(kind, fragment, u, index));
}
