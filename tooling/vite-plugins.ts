import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Alias, type Plugin, type Rolldown } from 'vite';

/**
 * index.html's entry (the boot entry) paints early and, once the recording has answered, imports
 * the app. The app's chunks are not listed in the HTML: on a slow link they would share the
 * bandwidth with the recording and hold up its answer; boot asks for them itself. The stylesheet
 * is written into the page: the HTML arrives while the renderer is still starting, when the link
 * has nothing else to carry, whereas a stylesheet file would share it with the recording's answer.
 * The entry is made `async`, with high priority: a deferred module script would wait for parsing.
 */
export function inlineStylesheet(): Plugin {
  return {
    name: 'siro:inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const link = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/.exec(html);
        const asset = link && bundle?.[link[1]!];
        if (!link || asset?.type !== 'asset') throw new Error('inlineStylesheet: index.html links no built stylesheet');
        const css = String(asset.source).trim();
        if (/<\/style/i.test(css)) throw new Error('inlineStylesheet: the stylesheet holds "</style"');
        delete bundle![asset.fileName];
        return html
          .replace(link[0], () => `<style>${css}</style>`)
          .replace('<script type="module" crossorigin src=', '<script type="module" async fetchpriority="high" crossorigin src=');
      },
    },
  };
}

/** Where the inline script reads each page's early paint files: the build writes them in. */
export const PAINT_FILES_PLACEHOLDER = '__SIRO_PAINT_FILES__';

/**
 * The files of each page's early paint (`paints`: its module, by page), for the inline script
 * to preload on that page: the chunk the entry's import() names and the chunks it imports in
 * turn, but not those index.html loads anyway (`html`: its entry script).
 */
export function paintFiles(bundle: Rolldown.OutputBundle, paints: Record<string, string>, html: string): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files: Record<string, string[]> = {};
  for (const [page, module] of Object.entries(paints)) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId === module);
    if (!chunk) throw new Error(`inlineEarlyStart: no chunk for ${module}`);
    const found = new Set([chunk.fileName]);
    for (const fileName of found) byName.get(fileName)?.imports.forEach((imported) => found.add(imported));
    files[page] = [...found].map((fileName) => `/${fileName}`).filter((href) => !html.includes(`"${href}"`));
  }
  return files;
}

/** `entry`, bundled on its own as one classic script, for index.html to hold inline. */
async function inlineScript(entry: string, alias: Alias[] | Record<string, string>): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias },
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'siroInline' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((item) => ('output' in item ? item.output : []));
  const chunk = outputs.find((output) => output.type === 'chunk');
  if (!chunk) throw new Error(`inlineEarlyStart: ${entry} produced no code`);
  // "</script" inside would end the inline script early.
  if (/<\/script/i.test(chunk.code)) throw new Error(`inlineEarlyStart: ${entry} holds "</script"`);
  return chunk.code.trim();
}

/**
 * Inlines the two inline entries of src/boot/, each bundled on its own, as the first scripts of
 * index.html: a script file would cost a round trip, and share the link with the answers. First
 * `requests`, which starts the page's requests and names each list's early paint files (`paints`,
 * see paintFiles) where it says PAINT_FILES_PLACEHOLDER; then `paint`, which V8 compiles whole
 * as it loads (an explicit compile hint), while the page waits for its answer, rather than on each
 * function's first call once the answer is here. The CSP allows exactly these scripts by their
 * hashes (deploy/security-headers.ts reads them from the built index.html), never inline scripts
 * in general.
 */
export function inlineEarlyStart(
  entries: { requests: string; paint: string },
  alias: Alias[] | Record<string, string>,
  paints: Record<string, string>,
): Plugin {
  let requests = '';
  let paint = '';
  return {
    name: 'siro:inline-early-start',
    apply: 'build',
    async buildStart() {
      [requests, paint] = await Promise.all([inlineScript(entries.requests, alias), inlineScript(entries.paint, alias)]);
    },
    transformIndexHtml: {
      order: 'post',
      // Right after the charset (which must come first), before the stylesheet: a script after
      // a stylesheet waits for it to load before it runs.
      handler(html, { bundle }) {
        const charset = /<meta charset="[^"]+"\s*\/?>/i.exec(html);
        if (!charset) throw new Error('inlineEarlyStart: index.html has no <meta charset>');
        const placeholder = new RegExp(`(["'\`])${PAINT_FILES_PLACEHOLDER}\\1`);
        if (!bundle || !placeholder.test(requests)) throw new Error('inlineEarlyStart: nowhere to name the paint files');
        const named = requests.replace(placeholder, () => `(${JSON.stringify(paintFiles(bundle, paints, html))})`);
        if (/<\/script/i.test(named)) throw new Error('inlineEarlyStart: the code holds "</script"');
        const at = charset.index + charset[0].length;
        const scripts = `\n    <script>${named}</script>\n    <script>//# allFunctionsCalledOnLoad\n${paint}</script>`;
        return `${html.slice(0, at)}${scripts}${html.slice(at)}`;
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
        for (const [encoding, extension] of [
          ['br', '.br'],
          ['gzip', '.gz'],
        ] as const) {
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
