import { existsSync } from 'node:fs';

/** Debian's Chromium (Playwright cannot download its own browsers on these machines). */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) throw new Error('Chromium not found: run `bash scripts/ensure-chromium.sh` or set CHROMIUM_PATH.');
  return found;
}

// Without these, Chromium keeps dialling Google's hosts, which this network refuses.
export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
