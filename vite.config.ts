import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { chunkGroups } from './tooling/chunks.ts';
import { serveLikeNginx } from './tooling/serve-like-nginx.ts';
import { inlineEarlyStart, precompress, linkAppStylesheet, servePrecompressed } from './tooling/vite-plugins.ts';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };
const earlyStartEntry = fileURLToPath(new URL('./src/early-start-inline.ts', import.meta.url));
// The sample API is the embedded default; SIRO_API_URL points at the real one.
const upstream = process.env.SIRO_API_URL ?? 'http://127.0.0.1:4010';

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    serveLikeNginx(upstream),
    inlineEarlyStart(earlyStartEntry, alias),
    linkAppStylesheet(),
    precompress(),
    servePrecompressed(),
  ],
  resolve: { alias },
  // Every browser we support has modulepreload: no polyfill in the entry.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
});
