// The organisation's colour bands (percent of the points possible). Colour is never the only
// signal: each band also has a word.

export type ScoreBand = { color: string; lowRange: number; highRange: number };

export type BandStyle = { label: string; badge: string };

const STYLES: Record<string, BandStyle> = {
  GREEN: { label: 'Strong', badge: 'border-emerald-300 bg-emerald-50 text-emerald-900' },
  YELLOW: { label: 'Needs work', badge: 'border-amber-300 bg-amber-50 text-amber-900' },
  RED: { label: 'Weak', badge: 'border-red-300 bg-red-50 text-red-900' },
};
const NEUTRAL: BandStyle = { label: '', badge: 'border-slate-300 bg-slate-50 text-slate-800' };

/** The band a score falls in: the organisation's bands first, else the colour Siro put on the node. */
export function bandFor(
  earned: number | undefined,
  possible: number | undefined,
  bands: readonly ScoreBand[],
  nodeColor?: string,
): BandStyle {
  if (earned !== undefined && possible !== undefined && possible > 0) {
    const percent = (earned / possible) * 100;
    // Bands may leave gaps (59.99 to 60): a score falls in the highest band it reaches.
    const band = [...bands].sort((a, b) => b.lowRange - a.lowRange).find((item) => percent >= item.lowRange);
    if (band) return STYLES[band.color.toUpperCase()] ?? NEUTRAL;
  }
  return (nodeColor && STYLES[nodeColor.toUpperCase()]) || NEUTRAL;
}
