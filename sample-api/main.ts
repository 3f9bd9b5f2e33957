// `npm run sample-api`: the sample Siro API on its own, for Playwright and for trying the API
// with curl. PORT (default 4010) and HOST (default 127.0.0.1) choose where it listens;
// `--reset` forgets what was written (comments, follow-ups, outcomes, views) before it starts.
import type { AddressInfo } from 'node:net';

import { createSampleApi } from './server.ts';
import { DEFAULT_DATA_FILE, resetState } from './state.ts';

const port = Number(process.env.PORT ?? 4010);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}

if (process.argv.includes('--reset')) resetState(process.env.SAMPLE_API_DATA_FILE ?? DEFAULT_DATA_FILE);

const server = createSampleApi();

server.once('error', (error: NodeJS.ErrnoException) => {
  console.error(`Sample Siro API could not listen on ${host}:${port}: ${error.code ?? error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  console.log(`Sample Siro API listening on http://${shownHost}:${address.port}`);
});

function stop() {
  // close() also ends the hanging and slow fault responses; then nothing is left to run and
  // Node exits on its own, after the last request lines are logged.
  server.close();
  server.closeAllConnections();
  // Should anything still hold the event loop, do not leave a half-stopped server behind.
  setTimeout(() => process.exit(0), 2_000).unref();
}

process.once('SIGINT', stop);
process.once('SIGTERM', stop);
