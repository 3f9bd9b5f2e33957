import type { Request } from '@playwright/test';

import { COMPLETE_SALE_TRANSCRIPT } from '../sample-api/data/complete-sale-transcript';
import { COMPLETE_SALE_RECORDING_ID, PROCESSING_RECORDING_ID } from '../sample-api/ids';
import { expect, test, type DashboardPage } from './fixtures';

const ID = COMPLETE_SALE_RECORDING_ID;
const lines = COMPLETE_SALE_TRANSCRIPT.utterances;

/** The line holding `words`, with its start in seconds, as the sample API serves it. */
function lineWith(words: string) {
  const index = lines.findIndex((line) => line.utterance.includes(words));
  if (index === -1) throw new Error(`No line holds "${words}"`);
  return { index, words, start: lines[index]!.startTimeInMillis / 1_000 };
}

function watchAudioRequests(dashboard: DashboardPage) {
  const signedUrls: Request[] = [];
  const audio: Request[] = [];
  dashboard.page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('/signedUrl')) signedUrls.push(request);
    if (pathname.startsWith('/sample-audio/')) audio.push(request);
  });
  return { signedUrls, audio };
}

/** Waits until the player has the file's metadata, so seeking is possible. */
async function audioReady(dashboard: DashboardPage) {
  await expect.poll(async () => (await dashboard.audioState()).readyState, { message: 'audio metadata loaded' }).toBeGreaterThanOrEqual(1);
}

async function expectAudioAt(dashboard: DashboardPage, seconds: number) {
  await expect.poll(async () => (await dashboard.audioState()).currentTime, { message: `audio at ${seconds} s` }).toBeCloseTo(seconds, 0);
}

/** A line or quote plays from where it starts: playing, a moment past its start at most. */
async function expectPlayingFrom(dashboard: DashboardPage, seconds: number) {
  await expect.poll(async () => (await dashboard.audioState()).paused, { message: 'playing' }).toBe(false);
  const { currentTime } = await dashboard.audioState();
  expect(currentTime).toBeGreaterThanOrEqual(seconds - 0.5);
  expect(currentTime).toBeLessThan(seconds + 5);
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test('the transcript, the summary sections and the audio URL are asked for beside the recording, not after it', async ({
  page,
  dashboard,
}) => {
  let recordingAnswered = Number.POSITIVE_INFINITY;
  const order: { path: string; at: number }[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/siro/')) order.push({ path: pathname, at: Date.now() });
  });
  page.on('requestfinished', (request) => {
    if (/\/v1\/core\/recordings\/[^/]+$/.test(new URL(request.url()).pathname)) recordingAnswered = Math.min(recordingAnswered, Date.now());
  });
  // Hold the recording back, so "in parallel" cannot be mistaken for "right after".
  await page.route(/\/api\/siro\/v1\/core\/recordings\/[^/?]+(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });

  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await expect(dashboard.transcriptLine('Hi, you must be Karen')).toBeVisible();

  const firstOf = (suffix: RegExp) => order.find((entry) => suffix.test(entry.path))?.at ?? Number.POSITIVE_INFINITY;
  for (const endpoint of [/\/utterances$/, /\/v2\/core\/recordings\/[^/]+\/summary$/, /\/signedUrl$/]) {
    expect(firstOf(endpoint), `${endpoint} starts before the recording has answered`).toBeLessThan(recordingAnswered);
  }
});

test('@smoke clicking a transcript line plays the audio from where it starts', async ({ page, dashboard }) => {
  const line = lineWith('how long have you all been in the house');
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await expect(dashboard.audioButton('Play')).toBeEnabled();
  await audioReady(dashboard);
  // Signed on the API's own origin, as Siro signs storage URLs: played cross-origin, within the
  // CSP's media-src (the fixture fails the test on any violation).
  const { origin, pathname } = new URL((await dashboard.audioState()).src);
  expect(origin).not.toBe(new URL(page.url()).origin);
  expect(pathname).toBe(`/sample-audio/${ID}.wav`);

  await dashboard.transcriptLine(line.words).click();

  await expectPlayingFrom(dashboard, line.start);
  await expect(dashboard.transcriptLine(line.words)).toHaveAttribute('aria-current', 'true');
  await expect(dashboard.seekSlider).toHaveAttribute('aria-valuetext', /^0:2\d of /);
});

test('a line is a button the keyboard can use too', async ({ page, dashboard }) => {
  const line = lineWith('As far as I know, yes');
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);

  await dashboard.transcriptLine(line.words).focus();
  await page.keyboard.press('Enter');

  await expectPlayingFrom(dashboard, line.start);
});

test('a summary quote plays the audio from where it was said', async ({ dashboard }) => {
  const quote = lineWith('It was built in 2007');
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  const section = dashboard.panel('Summary').getByRole('heading', { level: 3 });
  await expect(section).toHaveText(['Key points', 'Objections', 'Next steps']);

  await dashboard.quoteButton('0:28').click();

  await expectAudioAt(dashboard, quote.start);
  await expect.poll(async () => (await dashboard.audioState()).paused, { message: 'playing' }).toBe(false);
  await expect(dashboard.audioButton('Pause')).toBeVisible();
  await expect(dashboard.transcriptLine(quote.words)).toHaveAttribute('aria-current', 'true');
});

test('search finds a word that is only on a later page, counts and steps through matches', async ({ page, dashboard }) => {
  const angela = lineWith('Angela');
  expect(angela.index, 'the term is past the first page of 100 lines').toBeGreaterThanOrEqual(100);
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await expect(dashboard.transcriptLine('Hi, you must be Karen')).toBeVisible();

  await dashboard.transcriptSearch.fill('angela');

  await expect(dashboard.transcriptSearch).toHaveAccessibleDescription('1 of 1');
  await dashboard.panel('Transcript').scrollIntoViewIfNeeded();
  const line = dashboard.transcriptLine(angela.words);
  // Playwright has no `mark` role yet: read the highlights from the line itself.
  expect(await line.evaluate((element) => [...element.querySelectorAll('mark')].map((mark) => mark.textContent))).toEqual(['Angela']);
  await expect(line).toBeInViewport();

  await dashboard.transcriptSearch.fill('biscuit');
  await expect(dashboard.transcriptSearch).toHaveAccessibleDescription('1 of 4');
  await page.keyboard.press('Enter');
  await expect(dashboard.transcriptSearch).toHaveAccessibleDescription('2 of 4');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(dashboard.transcriptSearch).toHaveAccessibleDescription('4 of 4');
  await expect(dashboard.transcriptLine('Biscuit stays inside. Any other questions')).toBeInViewport();
  await dashboard.panel('Transcript').getByRole('button', { name: 'Next match' }).click();
  await expect(dashboard.transcriptSearch).toHaveAccessibleDescription('1 of 4');
});

test('while playing, the line being heard is highlighted and kept in view, until the manager scrolls away', async ({ page, dashboard }) => {
  const early = lineWith('We bought it in 2009');
  const later = lineWith('The ladder is in the garage');
  const last = lineWith('I have mine on the truck');
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);
  // Following scrolls the transcript's own box, never the page: bring the panel on screen.
  await dashboard.panel('Transcript').scrollIntoViewIfNeeded();
  await expect(dashboard.transcriptLine(later.words)).not.toBeInViewport();

  await dashboard.audioButton('Play').click();
  await expect(dashboard.audioButton('Pause')).toBeVisible();
  // The player is not pinned (the bar at the bottom is): back to the transcript.
  await dashboard.panel('Transcript').scrollIntoViewIfNeeded();
  await dashboard.setAudioTime(early.start + 0.5);
  await expect(dashboard.transcriptLine(early.words)).toHaveAttribute('aria-current', 'true');

  await dashboard.setAudioTime(later.start + 0.5);
  await expect(dashboard.transcriptLine(later.words)).toHaveAttribute('aria-current', 'true');
  await expect(dashboard.transcriptLine(early.words)).not.toHaveAttribute('aria-current');
  await expect(dashboard.transcriptLine(later.words)).toBeInViewport();

  // Scrolling the transcript by hand stops it following...
  await dashboard.transcriptLine(later.words).hover();
  await page.mouse.wheel(0, -2_000);
  await expect(dashboard.followAlongButton).toBeVisible();
  await dashboard.setAudioTime(last.start + 0.5);
  await expect(dashboard.transcriptLine(last.words)).toHaveAttribute('aria-current', 'true');
  await expect(dashboard.transcriptLine(last.words)).not.toBeInViewport();

  // ...until "Follow along" brings it back to the line being heard.
  await dashboard.followAlongButton.click();
  await expect(dashboard.transcriptLine(last.words)).toBeInViewport();
  await expect(dashboard.followAlongButton).toHaveCount(0);

  // Scrolling with the keyboard inside the transcript counts as scrolling away too.
  await dashboard.transcriptLine(last.words).focus();
  await page.keyboard.press('PageUp');
  await expect(dashboard.followAlongButton).toBeVisible();
});

test('an expired audio URL is replaced and the player carries on where it was', async ({ page, dashboard }) => {
  const requests = watchAudioRequests(dashboard);
  let expired: string | null = null;
  await page.route('**/sample-audio/**', async (route) => {
    // The first URL has "expired": storage answers 403 to it, every time, as S3 does.
    expired ??= route.request().url();
    if (route.request().url() === expired) {
      await route.fulfill({ status: 403, contentType: 'application/xml', body: '<Error><Code>AccessDenied</Code></Error>' });
      return;
    }
    await route.continue();
  });
  const line = lineWith('Did you file an insurance claim');
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();

  await expect.poll(() => requests.signedUrls.length, { message: 'a new signed URL was asked for' }).toBe(2);
  await audioReady(dashboard);
  // What the player plays, not the answers' bodies: Chromium may drop a body read back this late.
  expect((await dashboard.audioState()).src, 'the expired URL was replaced').not.toBe(expired);
  expect(new URL((await dashboard.audioState()).src).pathname).toBe(`/sample-audio/${ID}.wav`);

  // A line plays from where it starts.
  await dashboard.transcriptLine(line.words).click();
  await expect.poll(async () => (await dashboard.audioState()).paused).toBe(false);
  expect((await dashboard.audioState()).currentTime).toBeGreaterThanOrEqual(line.start - 0.5);
  await expect(dashboard.audioPlayer).not.toContainText('could not');
});

test('a URL that fails mid-listen is replaced: playback resumes at the same time, still playing', async ({ page, dashboard }) => {
  const requests = watchAudioRequests(dashboard);
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);
  await dashboard.audioButton('Play').click();
  await expect(dashboard.audioButton('Pause')).toBeVisible();

  // From now on the URL in use answers 403, as one past its expiry does; the next URL works.
  const expiredUrl = (await dashboard.audioState()).src;
  await page.route(
    (url) => url.href === expiredUrl,
    (route) => route.fulfill({ status: 403, body: 'Request has expired' }),
  );
  // A jump far ahead needs bytes the browser has not fetched yet: a new request on the old URL.
  const target = 9 * 60 + 20;
  await dashboard.seekSlider.fill(String(target));

  await expect.poll(() => requests.signedUrls.length, { message: 'a new signed URL was asked for' }).toBe(2);
  await expect.poll(async () => (await dashboard.audioState()).src).not.toBe(expiredUrl);
  await expect
    .poll(async () => (await dashboard.audioState()).currentTime, { message: 'resumed where it was' })
    .toBeGreaterThanOrEqual(target - 0.5);
  await expect.poll(async () => (await dashboard.audioState()).paused, { message: 'still playing' }).toBe(false);
  await expect(dashboard.audioButton('Pause')).toBeVisible();
});

test('a URL about to expire is renewed while paused, keeping the position', async ({ page, dashboard }) => {
  const requests = watchAudioRequests(dashboard);
  const answered: string[] = [];
  await page.route('**/api/siro/v1/core/recordings/*/signedUrl', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { data: { url: string; expiration: number } };
    // The first URL expires 34 s from now: within the 30 s renewal margin in 4 s, renewed after
    // the 5 s minimum interval.
    if (answered.push(body.data.url) === 1) body.data.expiration = Date.now() + 34_000;
    await route.fulfill({ response, json: body });
  });
  const line = lineWith('The adjuster came out');
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);
  await dashboard.transcriptLine(line.words).click();
  await dashboard.audioButton('Pause').click();
  await expect.poll(async () => (await dashboard.audioState()).paused).toBe(true);
  const position = (await dashboard.audioState()).currentTime;
  expect(position).toBeGreaterThanOrEqual(line.start - 0.5);

  await expect.poll(() => requests.signedUrls.length, { message: 'renewed before it expired' }).toBe(2);
  await expect.poll(() => answered.length).toBe(2);
  const renewed = answered[1];
  await expect.poll(async () => (await dashboard.audioState()).src, { message: 'the new URL is in use' }).toBe(renewed);
  await audioReady(dashboard);
  await expectAudioAt(dashboard, position);
  expect((await dashboard.audioState()).paused, 'still paused').toBe(true);
});

test('player controls: skip, speed and the K/J/L keys', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);

  await dashboard.audioButton('Forward 15 seconds').click();
  await expectAudioAt(dashboard, 15);
  await page.keyboard.press('l');
  await expectAudioAt(dashboard, 30);
  await page.keyboard.press('j');
  await expectAudioAt(dashboard, 15);

  await dashboard.playbackSpeed.selectOption('1.5');
  expect(await page.evaluate(() => document.querySelector('audio')!.playbackRate)).toBe(1.5);

  // Typing in the search field types; it does not drive the player.
  await dashboard.transcriptSearch.fill('');
  await dashboard.transcriptSearch.press('l');
  await expect(dashboard.transcriptSearch).toHaveValue('l');
  await expectAudioAt(dashboard, 15);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('k');
  await expect(dashboard.audioButton('Pause')).toBeVisible();
  await page.keyboard.press('k');
  await expect(dashboard.audioButton('Play')).toBeVisible();

  // Single-letter keys can be turned off (WCAG 2.1.4), and stay off on this device.
  await dashboard.audioPlayer.getByRole('button', { name: 'Turn off keyboard shortcuts' }).click();
  await page.reload();
  await dashboard.scrollToConversation();
  await audioReady(dashboard);
  await expect(dashboard.audioPlayer).toContainText('Keyboard shortcuts are off.');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('l');
  await page.keyboard.press('k');
  expect(await dashboard.audioState()).toMatchObject({ currentTime: 0, paused: true });
  await expect(dashboard.audioButton('Play')).toBeVisible();
});

test('the Transcript switch hides the panel, is kept in the URL, and never reaches the API flags', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await expect(dashboard.panel('Transcript')).toBeVisible();

  await dashboard.customize();
  await dashboard.toggle('Transcript').click();

  await expect(page).toHaveURL(/\?showTranscript=false$/);
  await expect(dashboard.panel('Transcript')).toHaveCount(0);
  await expect(dashboard.audioPlayer, 'the summary quotes still need the player').toBeVisible();
  for (const request of dashboard.apiRequests) expect(new URL(request.url()).searchParams.has('showTranscript')).toBe(false);
});

test('the audio comes once the recording finishes processing, without asking', async ({ dashboard }) => {
  // A fresh `<id>-<suffix>`: two in-progress answers (polled 4 s apart), then complete.
  const id = `${PROCESSING_RECORDING_ID}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const requests = watchAudioRequests(dashboard);
  await dashboard.openRecording(id);
  await dashboard.scrollToConversation();

  await expect(dashboard.audioPlayer).toContainText('The audio is not available until processing is complete.');
  await expect(dashboard.audioPlayer.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(dashboard.audioButton('Play')).toBeDisabled();

  await expect(dashboard.processingStatus).toHaveCount(0, { timeout: 15_000 });
  await expect(dashboard.audioButton('Play')).toBeEnabled();
  await expect(dashboard.audioPlayer).not.toContainText('not available');
  expect(requests.signedUrls.length, 'asked again once processing ended').toBeGreaterThanOrEqual(2);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the transcript and the player load their code only as the manager scrolls to them', async ({ page, dashboard }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/assets/')) chunks.push(pathname);
    });
    const conversationCode = () => chunks.filter((path) => /\/(transcript-panel|audio-player)-/.test(path));
    await dashboard.openRecording(ID);
    await expect(dashboard.panel('Summary')).toContainText('Key points');
    await page.waitForLoadState('networkidle');
    expect(conversationCode(), 'nothing of the conversation before scrolling').toEqual([]);

    await dashboard.scrollToConversation();

    await expect(dashboard.transcriptLine('Hi, you must be Karen')).toBeVisible();
    await expect(dashboard.audioButton('Play')).toBeEnabled();
    expect(conversationCode()).toHaveLength(2);
  });

  test('Print brings in the transcript first, then prints it', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID);
    await expect(dashboard.panel('Summary')).toContainText('Key points');
    await page.evaluate(() => {
      window.print = () => {
        // textContent: innerText leaves out rows the screen skips laying out (content-visibility).
        (window as Window & { printed?: string }).printed = document.querySelector('main')?.textContent ?? '';
      };
    });

    // The share actions, right below the summary, load as the manager reads down to them.
    await dashboard.panel('Summary').evaluate((summary) => summary.scrollIntoView({ block: 'end' }));
    await dashboard.shareButton('Print').click();

    await expect
      .poll(() => page.evaluate(() => (window as Window & { printed?: string }).printed ?? null), { message: 'printed' })
      .not.toBeNull();
    const text = await page.evaluate(() => (window as Window & { printed?: string }).printed ?? '');
    expect(text).toContain('Hi, you must be Karen');
    expect(text).not.toContain('Loading the transcript');
  });
});
