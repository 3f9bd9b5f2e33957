import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * index.html's entry (src/boot.ts) starts the requests and then imports the app and the early
 * paint. Without help the browser would discover those chunks only once boot has run; listing
 * them (and their CSS) in the HTML lets them download in parallel with boot and the requests.
 * The entry is also made `async`: a deferred module script waits for every stylesheet before it
 * runs, and the requests need not wait for CSS.
 */
export function preloadBootImports(): Plugin {
  return {
    name: 'siro:preload-boot-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        // The chunk index.html's module script names (boot.ts is grouped into it).
        const src = /<script type="module" crossorigin src="\/([^"]+)"/.exec(html)?.[1];
        const boot = chunks.find((chunk) => chunk.fileName === src);
        if (!boot) throw new Error(`preloadBootImports: no chunk for index.html's entry script (${String(src)})`);
        // What boot imports at once (the app, the early paint) and all they import statically,
        // minus what the page already loads; not the lazy panels those import later.
        const files = new Set<string>();
        const css = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return;
          files.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((href) => css.add(href));
          chunk.imports.forEach(visit);
        };
        boot.dynamicImports.forEach(visit);
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
