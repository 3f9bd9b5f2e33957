import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

import { paintFiles } from './vite-plugins';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) =>
  ({ type: 'chunk', fileName, imports, facadeModuleId }) as unknown as Rolldown.OutputChunk;

describe('paintFiles', () => {
  const bundle = Object.fromEntries(
    [
      chunk('assets/boot-1.js', []),
      chunk('assets/first-screen-2.js', ['assets/paint-recording-3.js'], '/src/boot/first-screen.tsx'),
      chunk('assets/paint-recording-3.js', ['assets/boot-1.js', 'assets/shared-4.js']),
      chunk('assets/shared-4.js', ['assets/boot-1.js']),
      chunk('assets/first-screen-inbox-5.js', ['assets/boot-1.js'], '/src/boot/first-screen-inbox.tsx'),
    ].map((output) => [output.fileName, output]),
  );
  const html = '<script type="module" async crossorigin src="/assets/boot-1.js"></script>';

  it("lists each page's paint chunk and every chunk it imports, but not the entry index.html loads", () => {
    expect(paintFiles(bundle, { recording: '/src/boot/first-screen.tsx', inbox: '/src/boot/first-screen-inbox.tsx' }, html)).toEqual({
      recording: ['/assets/first-screen-2.js', '/assets/paint-recording-3.js', '/assets/shared-4.js'],
      inbox: ['/assets/first-screen-inbox-5.js'],
    });
  });

  it('fails the build when a paint has no chunk', () => {
    expect(() => paintFiles(bundle, { followups: '/src/boot/first-screen-followups.tsx' }, html)).toThrow(/no chunk/);
  });
});
