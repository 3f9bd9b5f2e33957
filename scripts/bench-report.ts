// Statistics and output of the benchmark: the console table and BENCHMARKS.md.
import { CPU_RATE, DEVICE, NETWORK } from './bench-page.ts';

export type Row = { metric: string; target: string; measured: string; pass: boolean | null };
export type Report = {
  date: string;
  machine: string[];
  runs: number;
  entryScript: string;
  rows: Row[];
  raw: Record<string, number[]>;
  waterfall: string[][];
  errors: string[];
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const max = (values: number[]) => (values.length ? Math.max(...values) : 0);
export const round = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const kb = (bytes: number) => `${round(bytes / 1000, 1)} KB`;

const verdict = (pass: boolean | null) => (pass === null ? 'info' : pass ? 'PASS' : 'FAIL');

function columns(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function textTable(rows: Row[]): string {
  const lines = columns([
    ['Metric', 'Target', 'Measured', 'Result'],
    ...rows.map((row) => [row.metric, row.target, row.measured, verdict(row.pass)]),
  ]);
  return [lines[0], '-'.repeat(lines[0]?.length ?? 0), ...lines.slice(1)].join('\n');
}

function markdownTable(header: string[], body: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}

export function markdown(report: Report): string {
  const rows = report.rows.map((row) => [row.metric, row.target, row.measured, verdict(row.pass)]);
  const raw = Object.entries(report.raw).map(([name, values]) => [
    name,
    values.map((value) => (Number.isInteger(value) ? String(value) : round(value, 1))).join(', '),
  ]);
  return `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts) on ${report.date}. Re-run it after a change that
touches loading, rendering or the bundle; \`BENCH_RUNS=9 npm run bench\` for steadier medians.

## Machine

${report.machine.map((line) => `- ${line}`).join('\n')}

## Conditions

- Network (CDP emulation): ${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down,
  ${(NETWORK.uploadThroughput * 8) / 1e3} kbit/s up; cache disabled. CPU: ${CPU_RATE}× slowdown (CDP).
- Viewport ${DEVICE.viewport.width}×${DEVICE.viewport.height}, device pixel ratio ${DEVICE.deviceScaleFactor}, mobile, touch.
- ${report.runs} runs. Every page view gets a fresh browser context; app and reference alternate, and which
  of them goes first alternates from run to run.
- App: the production build in \`.bench-dist/\` behind \`vite preview\` (its gzip, its API proxy).
  Reference: a minimal HTML page doing one \`fetch\` of the same URL through a plain Node proxy to the same
  sample API, then writing plain DOM with \`textContent\`. It is served with the app's
  \`Cross-Origin-Opener-Policy\`, so Chromium commits both in a new renderer process, as it does a page
  opened from a CRM (another site).
- The page tells the bench when its content is there (a binding); nothing measured uses Playwright's
  selectors, which would compile Playwright's injected script in the page.
- Time to content: navigation start to a MutationObserver (installed before any page script) seeing the
  text in \`document.body\`: a sentence of the summary or the first key point of its sections (the page
  shows the sections when Siro has them); for bench-large the title or first extraction name.
- The app's requests start from a script inlined into \`index.html\` (allowed by its hash in the CSP):
  the recording and its summary sections at once, the rest when the boot entry runs; the reference
  page's from its own inline script.
- Lighthouse (section 8): Lighthouse 12's default mobile preset (simulated throttling: 150 ms RTT,
  1.6 Mbit/s, 4× CPU) on the app's complete sale, cold, signed in as the page views are; its own
  Chromium tab, not the CDP conditions above.

## Results (medians unless stated)

${markdownTable(['Metric', 'Target', 'Measured', 'Result'], rows)}

## Requests of the median app page view (complete sale)

Start and end in ms after the document request started; "vs API" is the start relative to the
recording API request (negative: started before it).

${markdownTable(['Request', 'Type', 'Start', 'End', 'vs API', 'Bytes', 'Encoding'], report.waterfall)}

## Raw runs (in run order)

${markdownTable(['Series', 'Values'], raw)}

## Caveats

- The machine may be shared with other work (see the load average): single runs are noisy; compare
  medians and ratios, and re-run before drawing conclusions from a small difference.
- Ratios are of medians. Time to content is when the text enters the DOM, not when it is painted;
  LCP gives the paint.
- "As served" bytes are CDP \`encodedDataLength\` (the precompressed brotli or gzip files \`vite preview\`
  serves, response headers included); "gzip -9" compresses the built files. KB = 1,000 bytes.
- The recording JSON crosses both proxies uncompressed (the sample API does not gzip), so the bench-large
  time to content of both pages is dominated by downloading 1.2 MB at 1.6 Mbit/s.
- Long tasks and animation frames are measured under the ${CPU_RATE}× CPU slowdown, from navigation until
  the network has been quiet for 500 ms after content (lazy chunks, transcript pages and the audio URL
  included; the audio stream itself does not hold the window open).
- The entry script is the module script of \`index.html\` (\`${report.entryScript}\`).
- The switch is clicked with \`element.click()\` in the page: no input latency; timing starts just before
  the click. "Within a frame" is judged by frames: the change must be in the DOM before the first
  animation frame after the click begins, so the next frame painted shows it. Switching back on is
  served from the cache (0 requests); a panel never loaded (the page opened with it off) costs one
  recording request, plus whatever that panel's own endpoint needs (the v2 summary sections).
- Time to content is the first time the text is in the DOM, which is the boot script's plain early
  paint when the recording answers before the app has started; "React's full page" is when the app's
  own page (with its switches) holds it.
- CLS sums every layout shift without recent input until the network is quiet (no session windows); LCP is
  the last candidate before the first click. Pass/fail for CLS and the longest task is on the worst run.
- Page errors seen: ${report.errors.length ? report.errors.join('; ') : 'none'}.
`;
}
