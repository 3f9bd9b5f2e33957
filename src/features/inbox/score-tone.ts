/** A colour band of the organisation's scorecards: scores from lowRange to highRange show in `color`. */
export type ColorBand = { color: string; lowRange: number; highRange: number };

export type ScoreTone = 'green' | 'yellow' | 'red' | 'neutral';

/** The band a score falls in; neutral when there is none or its colour is unknown. */
export function scoreTone(score: number, bands: readonly ColorBand[] | undefined): ScoreTone {
  const band = bands?.find((entry) => score >= entry.lowRange && score <= entry.highRange);
  const color = band?.color.toLowerCase();
  return color === 'green' || color === 'yellow' || color === 'red' ? color : 'neutral';
}
