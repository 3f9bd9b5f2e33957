import { test, expect } from './fixtures';

// What makes the first request early: structure of the build, not timings (npm run bench has those).

test('the entry script is async and imports nothing up front: the requests start before the app arrives', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const entry = /<script type="module" async fetchpriority="high" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1];
  expect(entry, 'an async module entry in index.html').toBeTruthy();
  const code = await (await request.get(entry!)).text();
  // A static import would make it wait for that chunk (the whole app) before its first line runs.
  expect(code).not.toMatch(/\bfrom\s*["']\.{0,2}\//);
  expect(code).not.toMatch(/(^|[;}\n])\s*import\s*["']/);
  expect(code, 'the app is imported dynamically').toMatch(/import\(/);
  // The early paint's chunk is listed in the page, so it downloads beside the entry; the app's is
  // not, so on a slow link it does not compete with the recording's answer.
  expect(html).toMatch(/<link rel="modulepreload" crossorigin="" href="\/assets\/paint-[\w-]+\.js">/);
  expect(html).not.toMatch(/href="\/assets\/app-[\w-]+\.js"/);
  expect(html, 'the stylesheet the early paint is drawn with').toMatch(/<link rel="stylesheet" href="\/assets\/app-[\w-]+\.css">/);
});
