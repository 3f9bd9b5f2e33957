// `npm start`: the sample Siro API and the app's dev server in one process, then where to go.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'vite';

import { createSampleApi, DEMO_TOKEN, SAMPLE_RECORDING_ID } from '../sample-api/server.ts';

const appPort = Number(process.env.APP_PORT ?? 5173);
const apiPort = Number(process.env.SAMPLE_API_PORT ?? 4010);

/** Listens on `port`; when that is taken and no port was asked for, on any free one. */
function listen(server: Server, port: number, fallback: boolean): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && fallback) listen(server, 0, false).then(resolve, reject);
      else reject(error);
    });
    server.listen(port, '127.0.0.1', resolve);
  });
}
const host = process.env.HOST ?? '127.0.0.1';

async function main() {
  let upstream = process.env.SIRO_API_URL;
  const sampleApi = upstream ? null : createSampleApi();
  if (sampleApi) {
    // Another copy already running on 4010 is no reason to fail: take the next free port.
    await listen(sampleApi, apiPort, process.env.SAMPLE_API_PORT === undefined);
    upstream = `http://127.0.0.1:${(sampleApi.address() as AddressInfo).port}`;
    process.env.SIRO_API_URL = upstream; // read by vite.config.ts for its proxy
  }

  const vite = await createServer({ server: { port: appPort, host, strictPort: false } });
  await vite.listen();
  const appUrl = vite.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? `http://${host}:${appPort}`;

  console.log(`
  Siro recording dashboard is running.

    Sample recording: ${appUrl}/recordings/${SAMPLE_RECORDING_ID}
    Open a recording: ${appUrl}/
    Siro API:         ${sampleApi ? `sample API at ${upstream}` : upstream}
${
  sampleApi
    ? `
    Sign in with the demo token: ${DEMO_TOKEN}
    Other sample recordings and failure cases are listed in sample-api/README.md.
`
    : ''
}
  Press Ctrl+C to stop.
`);

  const stop = async () => {
    await vite.close();
    sampleApi?.closeAllConnections();
    sampleApi?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
