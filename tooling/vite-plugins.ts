import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build, type Alias, type Plugin } from 'vite';

/**
 * index.html's entry (src/boot.ts) paints early and, once the recording has answered, imports
 * the app. Chunks boot imports dynamically, other than the app, are listed in the HTML so they
 * download beside it. The app's are not: on a slow link they would share the bandwidth with the
 * recording and hold up its answer; boot asks for them itself. The CSS is listed, whoever
 * imports it: the early paint is drawn with it. The entry is made `async` with high priority:
 * a deferred module script waits for every stylesheet before it runs.
 */
export function preloadBootImports(app = 'src/main.tsx'): Plugin {
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
        const closure = (fileName: string, files = new Set<string>()) => {
          const chunk = bundle[fileName];
          if (files.has(fileName) || chunk?.type !== 'chunk') return files;
          files.add(fileName);
          chunk.imports.forEach((name) => closure(name, files));
          return files;
        };
        const isApp = (fileName: string) => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' && !!chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(app);
        };
        const css = new Set<string>();
        const preload = new Set<string>();
        for (const target of boot.dynamicImports) {
          const files = closure(target);
          for (const name of files) {
            const chunk = bundle[name];
            if (chunk?.type === 'chunk') chunk.viteMetadata?.importedCss.forEach((href) => css.add(href));
          }
          if (!isApp(target)) files.forEach((name) => preload.add(name));
        }
        // What the early paint needs must never be in the app's chunk (vite.config.ts chunkGroups).
        for (const name of preload) {
          if (bundle[name]?.name === 'app') throw new Error(`preloadBootImports: the early paint imports the app chunk (${name})`);
        }
        const tags = [
          ...[...css].map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `/${href}` }, injectTo: 'head' as const })),
          ...[...preload]
            .filter((href) => !html.includes(href))
            .map((href) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `/${href}` },
              injectTo: 'head' as const,
            })),
        ];
        return { html: html.replace('<script type="module" crossorigin src=', '<script type="module" async fetchpriority="high" crossorigin src='), tags };
      },
    },
  };
}

/**
 * Inlines `entry` (src/early-start-inline.ts), bundled on its own, as the first script of
 * index.html: a script file would cost a round trip before its first request could start. The
 * CSP allows exactly this script by its hash (deploy/security-headers.ts reads it from the
 * built index.html), never inline scripts in general.
 */
export function inlineEarlyStart(entry: string, alias: Alias[] | Record<string, string>): Plugin {
  let code = '';
  return {
    name: 'siro:inline-early-start',
    apply: 'build',
    async buildStart() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias },
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          lib: { entry, formats: ['iife'], name: 'siroEarlyStart' },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) => ('output' in item ? item.output : []));
      const chunk = outputs.find((output) => output.type === 'chunk');
      if (!chunk) throw new Error(`inlineEarlyStart: ${entry} produced no code`);
      // "</script" inside would end the inline script early.
      if (/<\/script/i.test(chunk.code)) throw new Error('inlineEarlyStart: the code holds "</script"');
      code = chunk.code.trim();
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the charset (which must come first), before the stylesheet: a script after
      // a stylesheet waits for it to load before it runs.
      handler(html) {
        const charset = /<meta charset="[^"]+"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('inlineEarlyStart: index.html has no <meta charset>');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    <script>${code}</script>${html.slice(at)}`;
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
