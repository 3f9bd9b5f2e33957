// `npm run fuzz`: the recording page's property test with many more cases than `npm test` runs.
// FUZZ_RUNS (default 10,000) and FUZZ_SEED (replay a reported failure) pass through; setting them
// here rather than in the npm script keeps it working in shells without `VAR=value cmd`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.env.FUZZ_RUNS ?? '10000';
// vitest's bin, run with this node: no shell, no .cmd shim, the same on Windows.
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const started = Date.now();

const child = spawn(process.execPath, [vitest, 'run', 'src/app/routes/recording-page.fuzz.test.tsx', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs },
});

child.on('exit', (code, signal) => {
  console.log(
    `\nfuzz: ${runs} runs, ${((Date.now() - started) / 1_000).toFixed(0)} s, ${code === 0 ? 'passed' : `failed (${signal ?? code})`}`,
  );
  process.exit(code ?? 1);
});
