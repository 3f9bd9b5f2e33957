// Test plumbing for the sample API's own tests: start it on a free port, and make raw requests
// with node:http (not fetch), so paths reach the server byte for byte and the tests run the
// same under Vitest's node or jsdom environment.
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createSampleApi, DEMO_TOKEN, type SampleApiOptions } from './server.ts';

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer; text: string };

export type TestApi = {
  server: http.Server;
  port: number;
  request: (path: string, options?: RequestOptions) => Promise<RawResponse>;
  json: (path: string, options?: RequestOptions) => Promise<{ status: number; headers: IncomingHttpHeaders; body: JsonRecord }>;
  close: () => Promise<void>;
};

export type JsonRecord = Record<string, unknown>;

export type RequestOptions = {
  method?: string;
  /** The auth token; the demo token unless given, none with `null`. */
  token?: string | null;
  headers?: Record<string, string>;
  /** A body to send: an object goes as JSON. */
  body?: string | Record<string, unknown> | unknown[];
  /** Give up (reject with "timeout") after this long. */
  timeoutMs?: number;
};

export async function startTestApi(options: Omit<SampleApiOptions, 'log'> = {}): Promise<TestApi> {
  const server = createSampleApi({ dataFile: null, ...options, log: () => {} });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const request = (path: string, options: RequestOptions = {}) =>
    new Promise<RawResponse>((resolve, reject) => {
      const token = options.token === undefined ? DEMO_TOKEN : options.token;
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: options.method ?? 'GET',
          headers: { ...(token === null ? {} : { 'x-siro-auth-token': token }), ...options.headers },
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('close', () => {
            if (!res.complete) return reject(new Error('incomplete response'));
            const body = Buffer.concat(chunks);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
          });
        },
      );
      if (options.timeoutMs) req.setTimeout(options.timeoutMs, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      if (options.body !== undefined) {
        if (typeof options.body !== 'string') req.setHeader('content-type', 'application/json');
        req.end(typeof options.body === 'string' ? options.body : JSON.stringify(options.body));
      } else {
        req.end();
      }
    });

  const json = async (path: string, options?: RequestOptions) => {
    const response = await request(path, options);
    return { status: response.status, headers: response.headers, body: JSON.parse(response.text) as JsonRecord };
  };

  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });

  return { server, port, request, json, close };
}

/** `data` of a detail answer, as a plain record. */
export function dataOf(body: JsonRecord): JsonRecord {
  return body.data as JsonRecord;
}
