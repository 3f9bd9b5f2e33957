import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import * as ours from './jsx-runtime';

// React's own production runtime, by path: the package's exports do not list it.
const react = createRequire(import.meta.url)(resolve('node_modules/react/cjs/react-jsx-runtime.production.js'));

type Args = [type: string, config: Record<string, unknown>, key?: string];

describe('the JSX runtime the build uses', () => {
  it.each<[string, Args]>([
    ['an element', ['p', { className: 'a', children: 'hi' }]],
    ['a key in the props', ['li', { key: 7, children: ['a', 'b'] }]],
    ['a key beside them', ['li', { id: 'x' }, 'k']],
    ['a ref', ['div', { ref: 'r' }]],
  ])('builds what React builds: %s', (_name, args) => {
    expect(ours.jsx(...args)).toEqual(react.jsx(...args));
  });

  it('has React’s fragment', () => {
    expect(ours.Fragment).toBe(react.Fragment);
    expect(ours.jsxs).toBe(ours.jsx);
  });
});
