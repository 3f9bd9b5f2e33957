import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

import { securityHeaders, securitySettings } from '../deploy/security-headers.ts';
import { createApiProxy, refuseUpgrades, timeoutFromEnv } from './api-proxy.ts';

/**
 * `npm run dev` and `npm run preview` serve the API path as nginx does (createApiProxy). Preview
 * also sends nginx's security headers on every answer, with the hash of the built page's inline
 * script (FRAME_ANCESTORS and MEDIA_SRC are checked as the nginx renderer checks them: a bad one
 * stops preview), and answers a missing asset 404, never with index.html. Dev sends no CSP: Vite's
 * HMR needs inline scripts. `upstream`: the Siro API (SIRO_API_URL, or the sample API).
 */
export function serveLikeNginx(upstream: string): Plugin {
  let previewHeaders: Record<string, string> = {};
  return {
    name: 'siro:serve-like-nginx',
    config(config, env) {
      // Vite's CORS middleware answers every OPTIONS itself (204, before the API proxy) and lets any
      // localhost origin read every answer; nginx does neither, and the app never calls cross-origin.
      if (!env.isPreview) return { server: { cors: false } };
      const index = resolve(config.root ?? '.', config.build?.outDir ?? 'dist', 'index.html');
      previewHeaders = securityHeaders(securitySettings(process.env, existsSync(index) ? readFileSync(index, 'utf8') : null));
      return { preview: { headers: previewHeaders, cors: false } };
    },
    configureServer(server) {
      server.httpServer?.on('upgrade', refuseUpgrades());
      server.middlewares.use(createApiProxy({ upstream, timeoutMs: timeoutFromEnv() }));
    },
    configurePreviewServer(server) {
      server.httpServer.on('upgrade', refuseUpgrades(previewHeaders, true));
      server.middlewares.use(createApiProxy({ upstream, headers: previewHeaders, timeoutMs: timeoutFromEnv() }));
      server.middlewares.use(missingAssets(resolve(server.config.root, server.config.build.outDir), previewHeaders));
    },
  };
}

/** Hashed build output that does not exist is a 404, as nginx's `try_files $uri =404`. */
function missingAssets(distDir: string, headers: Record<string, string>) {
  const assets = join(distDir, 'assets') + sep;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/assets/')) return next();
    let file: string;
    try {
      file = resolve(distDir, `.${decodeURIComponent(path)}`);
    } catch {
      file = '';
    }
    if (file.startsWith(assets) && existsSync(file) && statSync(file).isFile()) return next();
    res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  };
}
