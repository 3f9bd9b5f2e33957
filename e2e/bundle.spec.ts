import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { CUSTOMER, EXTRACTION_COUNT, ID, SUMMARY } from './complete-sale';
import { expect, LAZY_PANELS, test } from './fixtures';

// What makes the first request early: structure of the build, not timings (npm run bench has those).

test('the requests start from the page itself, and the entry script waits for no other chunk', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const entry = /<script type="module" async fetchpriority="high" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1];
  expect(entry, 'an async module entry in index.html').toBeTruthy();
  // The requests start in a script inlined at the top of the page (startEarlyRequests): no script
  // file's round trip before them. The stylesheet is written into the page too, after the script.
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head.indexOf('<script>'), 'an inline script').toBeGreaterThan(-1);
  expect(head.indexOf('<script>')).toBeLessThan(head.indexOf('<style>'));
  expect(head).toMatch(/<script>[\s\S]*x-siro-auth-token[\s\S]*<\/script>/);
  expect(head, 'compiled as it loads, not in the paint').toContain('<script>//# allFunctionsCalledOnLoad\n');
  const code = await (await request.get(entry!)).text();
  // A static import would make it wait for that chunk (the whole app) before its first line runs.
  expect(code).not.toMatch(/\bfrom\s*["']\.{0,2}\//);
  expect(code).not.toMatch(/(^|[;}\n])\s*import\s*["']/);
  expect(code, 'the app is imported dynamically').toMatch(/import\(/);
  // The app's chunk is not listed: on a slow link it would compete with the recording's answer.
  expect(html).not.toMatch(/href="\/assets\/app-[\w-]+\.js"/);
  // Nor is a stylesheet file: it would compete with the answer as well.
  expect(head, 'the stylesheet the early paint is drawn with').toMatch(/<style>[\s\S]*\.text-slate-900[\s\S]*<\/style>/);
  expect(html).not.toContain('rel="stylesheet"');
});

test("the recording's first screen is drawn by the page itself; each list's paint is asked for by the inline script, and not the others'", async ({
  page,
  dashboard,
}) => {
  await dashboard.presetToken();
  // The entry never runs: what is asked for, the inline script asked for; what is drawn, it drew.
  await page.route(/\/assets\/boot-[\w-]+\.js$/, (route) => route.abort());
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`/recordings/${COMPLETE_SALE_RECORDING_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\S/);
  await expect(page.getByText(SUMMARY).first()).toBeVisible();
  expect(
    scripts.filter((script) => !/\/boot-/.test(script)),
    'no script file before the first screen',
  ).toEqual([]);

  // The two lists' paints share code (their filters, their schemas): one may come with the other.
  for (const [path, paint, others] of [
    ['/recordings', 'paint-inbox', ['paint-recording']],
    ['/follow-ups', 'paint-followups', ['paint-recording', 'paint-inbox']],
  ] as const) {
    const requested = page.waitForRequest((request) => new RegExp(`/assets/${paint}-[\\w-]+\\.js$`).test(request.url()));
    await page.goto(path);
    await requested;
    const preloaded = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '').join(' '));
    expect(preloaded).toContain(`/${paint}-`);
    for (const other of others) expect(preloaded, `${path} needs no ${other}`).not.toContain(`/${other}-`);
  }
});

test("the lists download neither the recording page's code nor each other's", async ({ page, dashboard }) => {
  await dashboard.presetToken();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const chunk = (names: string[]) => new RegExp(`^/assets/(${names.join('|')})-[\\w-]{8}\\.js$`);
  for (const [path, heading, others] of [
    [
      '/recordings',
      'Recordings',
      ['recording', 'recording-shared', 'paint-recording', 'paint-followups', 'paint-shared-followups', 'follow-ups'],
    ],
    ['/follow-ups', 'Follow-ups', ['recording', 'paint-recording', 'paint-inbox', 'inbox']],
  ] as const) {
    scripts.length = 0;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(
      scripts.some((script) => /^\/assets\/app-/.test(script)),
      'the app has loaded',
    ).toBe(true);
    expect(scripts.filter((script) => chunk([...others]).test(script))).toEqual([]);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first view downloads none of the panels below the summary; scrolling to them loads and shows them', async ({
    page,
    dashboard,
  }) => {
    await dashboard.presetToken();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    const lazy = /^\/assets\/(recording-panels|long-list|followup-actions|export)-[\w-]{8}\.js$/;
    await dashboard.openRecording(ID);
    await expect(dashboard.panel('Summary')).toContainText(SUMMARY);
    await page.waitForLoadState('networkidle');
    expect(
      scripts.some((script) => /^\/assets\/recording-[\w-]{8}\.js$/.test(script)),
      "the page's code has loaded",
    ).toBe(true);
    expect(scripts.filter((script) => lazy.test(script))).toEqual([]);
    // Their frames are there, holding their place.
    for (const name of LAZY_PANELS) await expect(dashboard.panel(name).getByRole('heading', { level: 2, name })).toBeAttached();

    await dashboard.panel('Entity extractions').scrollIntoViewIfNeeded();
    await expect(dashboard.panel('Entity extractions')).toContainText(EXTRACTION_COUNT);
    expect(scripts.filter((script) => lazy.test(script)).length).toBeGreaterThan(0);
    await dashboard.showPanels();
    await expect(dashboard.panel('CRM customer')).toContainText(CUSTOMER);
    await expect(dashboard.panel('Follow-ups')).toContainText('Cross-sell');
  });
});
