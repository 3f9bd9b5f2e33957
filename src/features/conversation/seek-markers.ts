// Moments other features pin to the recording (comments, Moments), drawn on the seek bar and
// beside the transcript line they start at. The route composes them from each feature's data,
// so the conversation never has to know what a marker stands for.

export type SeekMarker = { id: string; atMs: number; label: string; glyph: string; kind: string };

/** Each line's markers: those starting at or after its start and before the next line's. */
export function markersByLine(starts: readonly number[], markers: readonly SeekMarker[]): Map<number, SeekMarker[]> {
  const byLine = new Map<number, SeekMarker[]>();
  if (starts.length === 0) return byLine;
  for (const marker of markers) {
    let low = 0;
    let high = starts.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= marker.atMs) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const list = byLine.get(found);
    if (list) list.push(marker);
    else byLine.set(found, [marker]);
  }
  return byLine;
}
