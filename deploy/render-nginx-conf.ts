// Renders deploy/nginx.conf.template into <NGINX_PREFIX>/nginx.conf and prints that path.
//
//   SIRO_API_URL=https://api.siro.ai DIST_DIR=dist NGINX_PREFIX=/srv/siro-nginx \
//     npx tsx deploy/render-nginx-conf.ts
//
// Only the path goes to stdout (CONF="$(npx tsx deploy/render-nginx-conf.ts)"); notes go to stderr.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import {
  ALLOWED_REQUEST_PATTERNS,
  AMBIGUOUS_PATH,
  AMBIGUOUS_PATH_BODY,
  API_CACHE_CONTROL,
  HIDDEN_RESPONSE_HEADERS,
  MAX_API_BODY_BYTES,
  NOT_ALLOWED_BODY,
  STRIPPED_REQUEST_HEADERS,
  TIMEOUT_BODY,
  TOO_LARGE_BODY,
  UNREACHABLE_BODY,
} from './proxied-api.ts';
import { ConfigError, contentSecurityPolicy, securityHeaders, securitySettings, type SecuritySettings } from './security-headers.ts';

export { ConfigError };

export const TEMPLATE_PATH = join(dirname(fileURLToPath(import.meta.url)), 'nginx.conf.template');

export type RenderEnv = Partial<Record<string, string>>;

export type RenderedConf = {
  prefix: string;
  confPath: string;
  errorLog: string;
  accessLog: string;
  text: string;
  warnings: string[];
};

// Values land inside double-quoted nginx strings: no quote, backslash, `$` (nginx variables),
// braces or control characters.
const UNSAFE_IN_NGINX_STRING = /["\\${}]/;
const hasControlCharacter = (value: string) => [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

function plain(name: string, value: string): string {
  if (UNSAFE_IN_NGINX_STRING.test(value) || hasControlCharacter(value)) {
    throw new ConfigError(`${name} must not contain quotes, backslashes, $, braces or control characters.`);
  }
  return value;
}

function absolutePath(name: string, value: string): string {
  return plain(name, resolve(value));
}

function parseUpstream(raw: string) {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`SIRO_API_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SIRO_API_URL must be http:// or https://, not ${url.protocol}`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ConfigError('SIRO_API_URL must be an origin (optionally with a base path): no credentials, query or fragment.');
  }
  if (!/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])$/.test(url.hostname)) {
    throw new ConfigError(`SIRO_API_URL has a host nginx cannot take as is: ${url.hostname}`);
  }
  const basePath = url.pathname.replace(/\/+$/, '');
  if (basePath && !/^(\/[A-Za-z0-9._~-]+)+$/.test(basePath)) {
    throw new ConfigError(`SIRO_API_URL has a base path nginx cannot take as is: ${url.pathname}`);
  }
  const scheme = url.protocol.slice(0, -1);
  const port = url.port || (scheme === 'https' ? '443' : '80');
  return {
    url: `${url.origin}${basePath}`,
    scheme,
    basePath,
    // Host header: the port only when it is not the scheme's default, as a browser would send it.
    host: url.host,
    // SNI and certificate name: no port, no IPv6 brackets.
    serverName: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    upstream: `${url.hostname}:${port}`,
  };
}

function port(name: string, raw: string): string {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65_535) {
    throw new ConfigError(`${name} must be a port number, not ${raw}`);
  }
  return raw;
}

/** Seconds nginx waits for the API between two reads or writes, as nginx writes it. */
function timeout(raw: string): string {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 300) {
    throw new ConfigError(`SIRO_API_TIMEOUT must be a number of seconds from 1 to 300, not ${raw}`);
  }
  return `${Number(raw)}s`;
}

/** The built page, whose inline scripts and stylesheet the CSP allows by their hashes; null before a build. */
function builtIndexHtml(distDir: string): string | null {
  const path = join(distDir, 'index.html');
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** A JSON answer inside a single-quoted nginx string, its newline written as nginx's `\n`. */
const nginxBody = (body: string) => body.replaceAll('\n', '\\n');

/** The proxy rules of deploy/proxied-api.ts, in nginx's words: one table for both proxies. */
export function apiProxyValues(): Record<string, string> {
  return {
    SIRO_API_AMBIGUOUS_PATH: `~*${AMBIGUOUS_PATH}`,
    SIRO_API_ALLOWED_REQUESTS: ALLOWED_REQUEST_PATTERNS.map((pattern) => `        "~${pattern}" 1;`).join('\n'),
    SIRO_API_STRIPPED_HEADERS: STRIPPED_REQUEST_HEADERS.map((name) => `            proxy_set_header ${name} "";`).join('\n'),
    SIRO_API_HIDDEN_HEADERS: HIDDEN_RESPONSE_HEADERS.map((name) => `            proxy_hide_header ${name};`).join('\n'),
    SIRO_API_CACHE_CONTROL: API_CACHE_CONTROL,
    SIRO_API_MAX_BODY: `${Math.ceil(MAX_API_BODY_BYTES / 1024)}k`,
    SIRO_API_NOT_ALLOWED_BODY: nginxBody(NOT_ALLOWED_BODY),
    SIRO_API_AMBIGUOUS_PATH_BODY: nginxBody(AMBIGUOUS_PATH_BODY),
    SIRO_API_TOO_LARGE_BODY: nginxBody(TOO_LARGE_BODY),
    SIRO_API_TIMEOUT_BODY: nginxBody(TIMEOUT_BODY),
    SIRO_API_UNREACHABLE_BODY: nginxBody(UNREACHABLE_BODY),
  };
}

/** Placeholder values for the template, from the environment (defaults for local use). */
export function templateValues(env: RenderEnv, prefix: string): Record<string, string> {
  const api = parseUpstream(env.SIRO_API_URL || 'http://127.0.0.1:4010');
  const distDir = absolutePath('DIST_DIR', env.DIST_DIR || 'dist');
  const security = securitySettings(env, builtIndexHtml(distDir));
  const listenHost = env.LISTEN_HOST || '0.0.0.0';
  if (!/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])$/.test(listenHost)) {
    throw new ConfigError(`LISTEN_HOST must be an address such as 0.0.0.0, 127.0.0.1 or [::], not ${listenHost}`);
  }
  const headers = securityHeaders(security);
  return {
    NGINX_PREFIX: absolutePath('NGINX_PREFIX', prefix),
    LISTEN_HOST: listenHost,
    LISTEN_PORT: port('LISTEN_PORT', env.LISTEN_PORT || '8080'),
    DIST_DIR: distDir,
    MIME_TYPES: absolutePath('MIME_TYPES', env.MIME_TYPES || '/etc/nginx/mime.types'),
    ACCESS_LOG: absolutePath('ACCESS_LOG', env.ACCESS_LOG || join(prefix, 'logs/access.log')),
    ERROR_LOG: env.ERROR_LOG === 'stderr' ? 'stderr' : absolutePath('ERROR_LOG', env.ERROR_LOG || join(prefix, 'logs/error.log')),
    SIRO_API_URL: api.url,
    SIRO_API_SCHEME: api.scheme,
    SIRO_API_BASE_PATH: api.basePath,
    SIRO_API_HOST: api.host,
    SIRO_API_SERVER_NAME: api.serverName,
    SIRO_API_UPSTREAM: api.upstream,
    SIRO_API_TLS_VERIFY: api.scheme === 'https' ? 'on' : 'off',
    SIRO_API_TIMEOUT: timeout(env.SIRO_API_TIMEOUT || '30'),
    SIRO_API_CA_FILE: absolutePath('SIRO_API_CA_FILE', env.SIRO_API_CA_FILE || '/etc/ssl/certs/ca-certificates.crt'),
    CONTENT_SECURITY_POLICY: plain('FRAME_ANCESTORS and MEDIA_SRC', contentSecurityPolicy(security)),
    X_CONTENT_TYPE_OPTIONS: headers['X-Content-Type-Options'] ?? '',
    REFERRER_POLICY: headers['Referrer-Policy'] ?? '',
    PERMISSIONS_POLICY: headers['Permissions-Policy'] ?? '',
    CROSS_ORIGIN_OPENER_POLICY: headers['Cross-Origin-Opener-Policy'] ?? '',
    ...apiProxyValues(),
  };
}

/** Fills `${NAME}` placeholders; a placeholder without a value is an error, never left empty. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z][A-Z0-9_]*)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new ConfigError(`The template uses \${${name}}, which has no value.`);
    return value;
  });
}

/** The rendered config sends exactly the headers `npm run preview` sends (deploy/security-headers.ts). */
export function assertSecurityHeaders(text: string, settings: SecuritySettings): void {
  for (const [name, value] of Object.entries(securityHeaders(settings))) {
    const line = `add_header ${name} "${value}" always;`;
    if (!text.includes(line)) {
      throw new ConfigError(`The template does not send ${name} as deploy/security-headers.ts defines it (${line}).`);
    }
  }
}

export function renderNginxConf(env: RenderEnv = process.env): RenderedConf {
  const prefix = resolve(env.NGINX_PREFIX || mkdtempSync(join(tmpdir(), 'siro-nginx-')));
  const values = templateValues(env, prefix);
  const text = fillTemplate(readFileSync(TEMPLATE_PATH, 'utf8'), values);
  const dist = values.DIST_DIR ?? '';
  assertSecurityHeaders(text, securitySettings(env, builtIndexHtml(dist)));

  if (!existsSync(join(dist, 'index.html'))) {
    throw new ConfigError(`${dist} has no index.html: build the app first (npm run build) or set DIST_DIR.`);
  }
  if (!existsSync(values.MIME_TYPES ?? '')) {
    throw new ConfigError(`${values.MIME_TYPES} does not exist: install nginx or set MIME_TYPES.`);
  }
  if (values.SIRO_API_TLS_VERIFY === 'on' && !existsSync(values.SIRO_API_CA_FILE ?? '')) {
    throw new ConfigError(
      `${values.SIRO_API_CA_FILE} does not exist: install ca-certificates or set SIRO_API_CA_FILE to verify the API's certificate.`,
    );
  }

  const warnings = unreadableByWorkers(dist);

  mkdirSync(join(prefix, 'logs'), { recursive: true });
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  // Started as root, nginx runs its workers as an unprivileged user that must reach tmp/.
  if ((statSync(prefix).mode & 0o055) !== 0o055) chmodSync(prefix, 0o755);
  const confPath = join(prefix, 'nginx.conf');
  writeFileSync(confPath, text);
  return {
    prefix,
    confPath,
    errorLog: values.ERROR_LOG ?? '',
    accessLog: values.ACCESS_LOG ?? '',
    text,
    warnings,
  };
}

/**
 * Started as root, nginx serves files as its unprivileged worker user (Debian's build: nobody),
 * which then needs to reach DIST_DIR: a 0700 directory on the way means 403/500 for every page.
 */
function unreadableByWorkers(dist: string): string[] {
  if (process.getuid?.() !== 0) return [];
  const blocked: string[] = [];
  for (let dir = dist; ; dir = dirname(dir)) {
    const needed = dir === dist ? 0o005 : 0o001;
    if ((statSync(dir).mode & needed) !== needed) blocked.push(dir);
    if (dirname(dir) === dir) break;
  }
  return blocked.length
    ? [`nginx workers run unprivileged and cannot read ${dist}: make ${blocked.join(', ')} readable by others (chmod o+rx).`]
    : [];
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  try {
    const { confPath, prefix, errorLog, warnings } = renderNginxConf();
    for (const warning of warnings) console.error(`render-nginx-conf: warning: ${warning}`);
    console.error(`Run: nginx -p ${prefix} -c ${confPath} -e ${errorLog} -g 'daemon off;'`);
    console.log(confPath);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`render-nginx-conf: ${error.message}`);
    process.exit(1);
  }
}
