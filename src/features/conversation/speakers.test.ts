import { describe, expect, it } from 'vitest';
import { SPEAKER_COLOURS, speakersFor } from './speakers';

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
  it('names speakers from the map and gives each tag its own colour, in tag order', () => {
    const speakers = speakersFor(['1', '0'], new Map([['1', 'Karen'], ['0', 'Marcus']]));
    expect(speakers.get('0')).toMatchObject({ name: 'Marcus', text: SPEAKER_COLOURS[0].text });
    expect(speakers.get('1')).toMatchObject({ name: 'Karen', text: SPEAKER_COLOURS[1].text });
  });

  it('names unmapped tags "Speaker n" and sorts tags numerically', () => {
    const speakers = speakersFor(['7'], new Map([['10', 'Ten'], ['2', 'Two']]));
    expect([...speakers.values()].map((speaker) => speaker.name)).toEqual(['Two', 'Ten', 'Speaker 3']);
  });
});
