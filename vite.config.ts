import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { chunkGroups, EARLY_PAINTS } from './tooling/chunks.ts';
import { pruneReactRouter } from './tooling/prune-react-router.ts';
import { serveLikeNginx } from './tooling/serve-like-nginx.ts';
import { inlineEarlyStart, inlineStylesheet, precompress, servePrecompressed } from './tooling/vite-plugins.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };
const inlineEntries = {
  requests: fileURLToPath(new URL('./src/boot/request-start-inline.ts', import.meta.url)),
  paint: fileURLToPath(new URL('./src/boot/paint-inline.ts', import.meta.url)),
};
// The sample API is the embedded default; SIRO_API_URL points at the real one.
const upstream = process.env.SIRO_API_URL ?? 'http://127.0.0.1:4010';

// React's JSX runtime as an ES module (src/boot/jsx-runtime.ts) in the build: as CommonJS, its
// bundler helpers would be a chunk of their own, which the boot entry would wait for.
const buildAlias = [
  { find: /^react\/jsx-runtime$/, replacement: fileURLToPath(new URL('./src/boot/jsx-runtime.ts', import.meta.url)) },
  { find: '@', replacement: alias['@'] },
];

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    tailwindcss(),
    serveLikeNginx(upstream),
    // The recording's paint is the second inline script; the lists' are files the first preloads.
    inlineEarlyStart(inlineEntries, buildAlias, { inbox: EARLY_PAINTS.inbox, followups: EARLY_PAINTS.followups }),
    inlineStylesheet(),
    pruneReactRouter(),
    precompress(),
    servePrecompressed(),
  ],
  resolve: { alias: command === 'build' ? buildAlias : alias },
  // Every browser we support has modulepreload: no polyfill in the entry.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
}));
