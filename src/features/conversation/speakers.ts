// Text colours for speaker names, each at least 4.5:1 on white and on the highlighted line's
// tint (WCAG AA for normal text), distinct in hue; the name is always written too, so colour
// is never the only cue. speakers.test.ts checks the contrast.
export const SPEAKER_COLOURS = [
  { hex: '#1d4ed8', text: 'text-[#1d4ed8]', border: 'border-l-[#1d4ed8]' },
  { hex: '#b45309', text: 'text-[#b45309]', border: 'border-l-[#b45309]' },
  { hex: '#047857', text: 'text-[#047857]', border: 'border-l-[#047857]' },
  { hex: '#7e22ce', text: 'text-[#7e22ce]', border: 'border-l-[#7e22ce]' },
  { hex: '#be123c', text: 'text-[#be123c]', border: 'border-l-[#be123c]' },
  { hex: '#0e7490', text: 'text-[#0e7490]', border: 'border-l-[#0e7490]' },
  { hex: '#a21caf', text: 'text-[#a21caf]', border: 'border-l-[#a21caf]' },
  { hex: '#4d7c0f', text: 'text-[#4d7c0f]', border: 'border-l-[#4d7c0f]' },
] as const;

export type Speaker = { name: string; text: string; border: string };

let collator: Intl.Collator | undefined;
/**
 * Speaker tags in numeric order: "2" before "10". The collator is made on first use: making
 * one takes 10 to 20 ms, which the recording page's code paid as it loaded, transcript or not.
 */
export const byTag = (a: string, b: string) => (collator ??= new Intl.Collator(undefined, { numeric: true })).compare(a, b);

/**
 * A name and colour per speaker tag, by its place in `tags` (see flattenPages: first mention,
 * page after page, so a tag keeps its place and colour once shown): the speaker map's name,
 * or "Speaker n" for a tag it does not name.
 */
export function speakersFor(tags: readonly string[], names: ReadonlyMap<string, string>): Map<string, Speaker> {
  const speakers = new Map<string, Speaker>();
  tags.forEach((tag, index) => {
    const colour = SPEAKER_COLOURS[index % SPEAKER_COLOURS.length]!;
    speakers.set(tag, { name: names.get(tag) || `Speaker ${index + 1}`, text: colour.text, border: colour.border });
  });
  return speakers;
}
