import { describe, expect, it, vi } from 'vitest';

import type { UtterancePage } from './api/utterances-schema';
import { SPEAKER_COLOURS, speakersFor } from './speakers';
import { flattenPages } from './transcript-lines';

function luminance(hex: string) {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('SPEAKER_COLOURS', () => {
  // White, and brand-50: the tint of the line being heard.
  it.each(['#ffffff', '#eef5ff'])('all meet WCAG AA (4.5:1) on %s', (background) => {
    for (const { hex } of SPEAKER_COLOURS) expect(contrast(hex, background), hex).toBeGreaterThanOrEqual(4.5);
  });

  it('are distinct, and their classes name their colour', () => {
    expect(new Set(SPEAKER_COLOURS.map((colour) => colour.hex)).size).toBe(SPEAKER_COLOURS.length);
    for (const { hex, text, border } of SPEAKER_COLOURS) {
      expect(text).toBe(`text-[${hex}]`);
      expect(border).toBe(`border-l-[${hex}]`);
    }
  });
});

describe('speakersFor', () => {
  it('names speakers from the map and gives each tag its own colour, by its place', () => {
    const speakers = speakersFor(
      ['0', '1'],
      new Map([
        ['1', 'Karen'],
        ['0', 'Marcus'],
      ]),
    );
    expect(speakers.get('0')).toMatchObject({ name: 'Marcus', text: SPEAKER_COLOURS[0].text });
    expect(speakers.get('1')).toMatchObject({ name: 'Karen', text: SPEAKER_COLOURS[1].text });
  });

  it('names unmapped tags "Speaker n"', () => {
    const speakers = speakersFor(
      ['2', '10', '7'],
      new Map([
        ['10', 'Ten'],
        ['2', 'Two'],
      ]),
    );
    expect([...speakers.values()].map((speaker) => speaker.name)).toEqual(['Two', 'Ten', 'Speaker 3']);
  });
});

describe('speaker colours across pages', () => {
  const line = (speakerTag: string, startMs: number) => ({
    text: `line ${startMs}`,
    startMs,
    endMs: undefined,
    speakerTag,
    redacted: false,
    confidence: undefined,
  });
  const page = (speakerMap: Record<string, string>, tags: string[], from: number): UtterancePage => ({
    items: tags.map((tag, index) => line(tag, from + index)),
    skipped: 0,
    speakerMap,
    cursor: undefined,
  });
  const coloursOf = (pages: UtterancePage[]) => {
    const { speakerTags, speakerNames } = flattenPages(pages);
    return new Map([...speakersFor(speakerTags, speakerNames)].map(([tag, speaker]) => [tag, speaker.text]));
  };

  it("orders each page's map numerically, then tags no map names", () => {
    expect(flattenPages([page({ 10: 'Ten', 2: 'Two' }, ['7', '2'], 0)]).speakerTags).toEqual(['2', '10', '7']);
  });

  it('a speaker keeps its colour once shown, when a later page names a tag that sorts earlier', () => {
    const first = page({ 1: 'Karen' }, ['1', '1'], 0);
    const second = page({ 0: 'Marcus', 1: 'Karen' }, ['0', '1'], 100);
    const before = coloursOf([first]);
    const after = coloursOf([first, second]);
    expect(after.get('1')).toBe(before.get('1'));
    expect(after.get('0')).not.toBe(after.get('1'));
  });
});

describe('byTag', () => {
  it('orders tags numerically, its collator made on first use rather than when the page code loads', async () => {
    const Real = Intl.Collator;
    let made = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Intl.Collator>) {
        super(...args);
        made++;
      }
    }
    Object.defineProperty(Intl, 'Collator', { value: Counting, configurable: true, writable: true });
    try {
      vi.resetModules();
      const { byTag } = await import('./speakers');
      expect(made).toBe(0);
      expect(['10', '2', '1'].sort(byTag)).toEqual(['1', '2', '10']);
      expect(['b', 'a'].sort(byTag)).toEqual(['a', 'b']);
      expect(made).toBe(1);
    } finally {
      Object.defineProperty(Intl, 'Collator', { value: Real, configurable: true, writable: true });
    }
  });
});
