// Answers a request as the sample API does (sample-api/), in process: the request is handed to
// the sample server's own request listener with a response that is collected instead of sent.
// So the fake has the sample API's data, paging, auth and fault ids, and no second copy of them.
import { EventEmitter } from 'node:events';
import { IncomingMessage, type OutgoingHttpHeaders, type Server } from 'node:http';
import { Socket } from 'node:net';

import { API_BASE_PATH } from '@/config/api';

export { DEMO_TOKEN, READ_ONLY_TOKEN } from '../../../sample-api/auth.ts';

/** An API path as the app requests it through the proxy, for `http.get(siro('/v1/…/:id'), …)`. */
export const siro = (path: string) => `${API_BASE_PATH}${path}`;

// Loaded on the first request: a test file that never reaches the API does not pay for the data.
let sampleApi: Promise<Server> | null = null;
const currentSampleApi = () =>
  (sampleApi ??= import('../../../sample-api/server.ts').then(({ createSampleApi }) =>
    createSampleApi({ dataFile: null, log: () => {}, publicUrl: window.location.origin }),
  ));

/** A fresh sample API (writes and per-id progress forgotten); the test setup calls it after each test. */
export async function resetSampleApi() {
  const loading = sampleApi;
  sampleApi = null;
  (await loading)?.close();
}

/** The members of a ServerResponse the sample API uses; the answer settles on end() or destroy(). */
class CollectedResponse extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  destroyed = false;
  writableFinished = false;
  readonly socket = { destroy: () => this.destroy() };
  readonly answer: Promise<Response>;
  private headers: OutgoingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private settle: (response: Response) => void = () => {};

  constructor() {
    super();
    this.answer = new Promise((resolve) => (this.settle = resolve));
  }

  writeHead(status: number, headers: OutgoingHttpHeaders = {}) {
    this.statusCode = status;
    this.headers = headers;
    this.headersSent = true;
    return this;
  }

  write(chunk: string | Buffer, callback?: () => void) {
    this.chunks.push(Buffer.from(chunk));
    callback?.();
    return true;
  }

  end(chunk?: string | Buffer) {
    if (chunk !== undefined) this.chunks.push(Buffer.from(chunk));
    this.writableFinished = true;
    const body = Buffer.concat(this.chunks);
    const headers = Object.entries(this.headers).map(([name, value]) => [name, String(value)] as [string, string]);
    this.settle(new Response(body.length ? body : null, { status: this.statusCode, headers }));
    this.emit('close');
    return this;
  }

  destroy() {
    if (this.destroyed || this.writableFinished) return;
    this.destroyed = true;
    this.settle(Response.error());
    this.emit('close');
  }
}

/** An MSW resolver: the sample API's answer to this request. */
export async function fromSampleApi({ request }: { request: Request }): Promise<Response> {
  const url = new URL(request.url);
  const req = new IncomingMessage(new Socket());
  req.method = request.method;
  req.url = `${url.pathname.slice(API_BASE_PATH.length)}${url.search}`;
  req.headers = Object.fromEntries(request.headers);
  const body = Buffer.from(await request.arrayBuffer());
  if (body.length) req.push(body);
  req.push(null);
  const res = new CollectedResponse();
  (await currentSampleApi()).emit('request', req, res);
  return res.answer;
}
