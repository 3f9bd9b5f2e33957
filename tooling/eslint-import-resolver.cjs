// How ESLint's boundaries rule finds the file an import names: `@/x` is `src/x` (the alias in
// tsconfig.json and vitest.config.ts), everything else as Node resolves it, TypeScript included.
const path = require('node:path');
const node = require('eslint-import-resolver-node');

const SRC = path.join(__dirname, '..', 'src');

exports.interfaceVersion = 2;
exports.resolve = (source, file, config) =>
  node.resolve(source.startsWith('@/') ? path.join(SRC, source.slice(2)) : source, file, { extensions: ['.ts', '.tsx', '.js'], ...config });
