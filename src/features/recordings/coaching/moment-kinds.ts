// Moment kinds: the organisation's names (bookmark configs) when it has one, readable words
// otherwise. Each kind has a letter, so markers tell kinds apart without colour.

export type MomentKindConfig = { id: string; title: string; types: string[] };

const FALLBACK_NAMES: Record<string, string> = {
  OBJECTION: 'Objection',
  PRICING: 'Pricing',
  COMPETITOR_MENTION: 'Competitor mention',
  NEXT_STEPS: 'Next steps',
  CLOSE: 'Close attempt',
  CUSTOMER_PAIN_POINT: 'Pain point',
  BUYING_QUESTION: 'Buying question',
  SMOKESCREEN: 'Smokescreen',
  RED_WORD: 'Red word',
  KEY_WORD: 'Key word',
  SUCCESS: 'Success',
  FAILURE: 'Failure',
};

/** `SOME_NEW_KIND` reads "Some new kind". */
function humanize(kind: string): string {
  const words = kind.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Moment';
}

export function kindName(kind: string, configId: string | undefined, configs: readonly MomentKindConfig[]): string {
  const config = (configId && configs.find((item) => item.id === configId)) || configs.find((item) => item.types.includes(kind));
  return config?.title.trim() || FALLBACK_NAMES[kind] || humanize(kind);
}

const GLYPHS: Record<string, string> = {
  OBJECTION: 'O',
  PRICING: '$',
  COMPETITOR_MENTION: 'C',
  NEXT_STEPS: '→',
  CLOSE: '✓',
  CUSTOMER_PAIN_POINT: '!',
  BUYING_QUESTION: '?',
  SMOKESCREEN: 'S',
};

/** A sign per known kind, else the first letter of its name. */
export const kindGlyph = (kind: string, name: string) => GLYPHS[kind] ?? (name.trim()[0] ?? '•').toUpperCase();
