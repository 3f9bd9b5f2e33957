import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * index.html's entry (src/boot.ts) starts the recording request and then imports the app.
 * Without help the browser would discover the app chunk only once boot has run; listing it
 * (and its CSS) in the HTML lets it download in parallel with boot and the API request.
 */
export function preloadAppChunk(appEntry = 'src/main.tsx'): Plugin {
  return {
    name: 'siro:preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const app = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(appEntry));
        if (!app) return [];
        const css = [...(app.viteMetadata?.importedCss ?? [])];
        return [
          ...css.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', href: `/${href}` }, injectTo: 'head' as const })),
          ...[app.fileName, ...app.imports.filter((name) => !(bundle[name]?.type === 'chunk' && bundle[name].isEntry))].map((href) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `/${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

/** Writes .gz and .br beside each text asset, for servers that serve them as is (nginx gzip_static). */
export function precompress(): Plugin {
  return {
    name: 'siro:precompress',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(output.fileName)) continue;
        const source = output.type === 'chunk' ? output.code : output.source;
        const buffer = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        if (buffer.length < 1024) continue;
        this.emitFile({ type: 'asset', fileName: `${output.fileName}.gz`, source: gzipSync(buffer, { level: 9 }) });
        this.emitFile({
          type: 'asset',
          fileName: `${output.fileName}.br`,
          source: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        });
      }
    },
  };
}
