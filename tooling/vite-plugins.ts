import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * index.html's entry (src/boot.ts) starts the recording request and then imports the app.
 * Without help the browser would discover the app chunk only once boot has run; listing it
 * (and its CSS) in the HTML lets it download in parallel with boot and the API request.
 * The entry is also made `async`: a deferred module script waits for every stylesheet before it
 * runs, and the recording request need not wait for CSS.
 */
export function preloadAppChunk(appEntry = 'src/main.tsx'): Plugin {
  return {
    name: 'siro:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(appEntry));
        if (!app) return [];
        // The app chunk and everything it imports statically, minus what the page already loads.
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return;
          files.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((href) => css.add(href));
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        const tags = [
          ...[...css].map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `/${href}` }, injectTo: 'head' as const })),
          ...[...files]
            .filter((href) => !html.includes(href))
            .map((href) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `/${href}` },
              injectTo: 'head' as const,
            })),
        ];
        return { html: html.replace('<script type="module" crossorigin src=', '<script type="module" async crossorigin src='), tags };
      },
    },
  };
}

/**
 * Writes .gz and .br beside each text asset, for servers that serve them as is (nginx gzip_static).
 * It runs on the written files: in generateBundle, Vite has not yet filled in its preload markers.
 */
export function precompress(): Plugin {
  return {
    name: 'siro:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const path = resolve(outDir, fileName);
        const buffer = readFileSync(path);
        if (buffer.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(buffer, { level: 9 }));
        writeFileSync(`${path}.br`, brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

/**
 * `vite preview` compresses on the fly at gzip's default level; serve the build's own
 * brotli / gzip -9 files instead, as nginx's gzip_static does in production.
 */
export function servePrecompressed(): Plugin {
  return {
    name: 'siro:serve-precompressed',
    configurePreviewServer(server) {
      const root = server.config.build.outDir;
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : null;
        if (!type || !path.startsWith('/assets/')) return next();
        const accepts = String(req.headers['accept-encoding'] ?? '');
        for (const [encoding, extension] of [['br', '.br'], ['gzip', '.gz']] as const) {
          const file = resolve(root, `.${path}${extension}`);
          if (!accepts.includes(encoding) || !file.startsWith(resolve(root)) || !existsSync(file)) continue;
          for (const [name, value] of Object.entries(server.config.preview.headers ?? {})) {
            if (value !== undefined) res.setHeader(name, value);
          }
          res.setHeader('Content-Type', `${type}; charset=utf-8`);
          res.setHeader('Content-Encoding', encoding);
          res.setHeader('Vary', 'Accept-Encoding');
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
          res.end(readFileSync(file));
          return;
        }
        next();
      });
    },
  };
}
