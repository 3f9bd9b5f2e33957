import { describe, expect, it } from 'vitest';

import { markersByLine, type SeekMarker } from './seek-markers';

const marker = (id: string, atMs: number): SeekMarker => ({ id, atMs, label: id, glyph: '•', kind: 'test' });

describe('markersByLine', () => {
  it('puts each marker beside the line it starts in', () => {
    const byLine = markersByLine([0, 1_000, 5_000], [marker('a', 1_000), marker('b', 4_999), marker('c', 9_000), marker('d', 0)]);
    expect([...byLine.entries()].map(([line, markers]) => [line, markers.map((m) => m.id)])).toEqual([
      [1, ['a', 'b']],
      [2, ['c']],
      [0, ['d']],
    ]);
  });
});
