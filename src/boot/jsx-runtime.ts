// React's production JSX runtime (react/cjs/react-jsx-runtime.production.js), as an ES module.
// The build resolves `react/jsx-runtime` here: React ships it as CommonJS, whose bundler helpers
// would otherwise be a chunk of their own that the boot entry waits for. It builds the same
// plain objects; jsx-runtime.test.ts holds it to React's own.

const ELEMENT = Symbol.for('react.transitional.element');
export const Fragment = Symbol.for('react.fragment');

export function jsx(type: unknown, config: Record<string, unknown>, maybeKey?: unknown) {
  let key: string | null = maybeKey === undefined ? null : `${maybeKey}`;
  if (config.key !== undefined) key = `${config.key}`;
  let props = config;
  if ('key' in config) {
    props = {};
    for (const name in config) if (name !== 'key') props[name] = config[name];
  }
  return { $$typeof: ELEMENT, type, key, ref: props.ref !== undefined ? props.ref : null, props };
}

export const jsxs = jsx;
