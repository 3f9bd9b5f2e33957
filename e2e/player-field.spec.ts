import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';

import { COMPLETE_SALE_TRANSCRIPT } from '../sample-api/data/complete-sale-transcript';
import { NEGATIVE_TRANSCRIPT } from '../sample-api/data/negative-conversation';
import { ENGAGEMENT_FAULT_ID } from '../sample-api/engagement';
import { COMPLETE_SALE_RECORDING_ID, DELETED_RECORDING_ID, NEGATIVE_RECORDING_ID } from '../sample-api/ids';
import { CUSTOMER, TITLE } from './complete-sale';
import { expect, recordingPath, test, type DashboardPage } from './fixtures';

const ID = COMPLETE_SALE_RECORDING_ID;

function lineWith(utterances: readonly { utterance: string; startTimeInMillis: number; endTimeInMillis?: number }[], words: string) {
  const line = utterances.find((candidate) => candidate.utterance.includes(words));
  if (!line) throw new Error(`No line holds "${words}"`);
  return { words, start: line.startTimeInMillis / 1_000, end: (line.endTimeInMillis ?? line.startTimeInMillis) / 1_000 };
}

async function audioReady(dashboard: DashboardPage) {
  await expect.poll(async () => (await dashboard.audioState()).readyState, { message: 'audio metadata loaded' }).toBeGreaterThanOrEqual(1);
}

async function expectPlaying(dashboard: DashboardPage, playing: boolean) {
  await expect.poll(async () => !(await dashboard.audioState()).paused, { message: playing ? 'playing' : 'paused' }).toBe(playing);
}

/** The PUTs that report views and listening, with their bodies, in order. */
function watchReports(page: Page) {
  const viewed: Request[] = [];
  const listens: Request[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'PUT') return;
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('/viewed')) viewed.push(request);
    if (pathname.endsWith('/listen')) listens.push(request);
  });
  return { viewed, listens };
}

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test.describe('links to a moment', () => {
  test('?t=12m40s-style links open with the player there, ready to play, and that line in view', async ({ page, dashboard }) => {
    const line = lineWith(COMPLETE_SALE_TRANSCRIPT.utterances, 'I put together three options');
    const minutes = Math.floor(line.start / 60);
    const seconds = Math.floor(line.start % 60);
    await dashboard.openRecording(ID, `?t=${minutes}m${seconds}s`);

    await audioReady(dashboard);
    await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(line.start, 1);
    await expectPlaying(dashboard, false);
    await expect(dashboard.transcriptLine(line.words)).toHaveAttribute('aria-current', 'true');
    await expect(dashboard.transcriptLine(line.words)).toBeInViewport();
    // Ready to play: the pause button is in reach whatever the scroll.
    await expect(dashboard.miniPlayer.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('plain seconds work too, and a value that is no moment is ignored', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID, '?t=95');
    await audioReady(dashboard);
    await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(95, 0);

    await page.goto(`${recordingPath(ID)}?t=soon`);
    await dashboard.scrollToConversation();
    await audioReady(dashboard);
    await expect(dashboard.heading).toBeVisible();
    expect((await dashboard.audioState()).currentTime).toBe(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('Copy link at this moment, in the player and on a line, copies the page with t', async ({ page, context, dashboard }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const line = lineWith(COMPLETE_SALE_TRANSCRIPT.utterances, 'how long have you all been in the house');
    await dashboard.openRecording(ID, '?showFollowups=false');
    await dashboard.scrollToConversation();
    await audioReady(dashboard);
    await dashboard.setAudioTime(125.6);
    await expect(dashboard.seekSlider).toHaveAttribute('aria-valuetext', /^2:05 of /);

    await dashboard.copyMomentLink.click();
    await expect(dashboard.audioPlayer.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(recordingPath(ID));
    expect(copied.searchParams.get('t')).toBe('2m5s');
    expect(copied.searchParams.get('showFollowups')).toBe('false');

    const copyLine = dashboard
      .panel('Transcript')
      .getByRole('button', { name: `Copy link at 0:${String(Math.floor(line.start)).padStart(2, '0')}` });
    await copyLine.click();
    await expect(dashboard.panel('Transcript').getByRole('button', { name: 'Link copied' })).toBeVisible();
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('t')).toBe(`${Math.floor(line.start)}s`);

    // The copied link opens at that moment.
    await page.goto(copied.toString());
    await audioReady(dashboard);
    await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(125, 0);
  });

  test('Copy link at this moment on a summary quote and on a moment copies the page with t', async ({ page, context, dashboard }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copiedT = async () => new URL(await page.evaluate(() => navigator.clipboard.readText())).searchParams.get('t');
    /** "Copy link at 33:57" → "33m57s", as the link writes it. */
    const linkTime = (name: string) => {
      const [minutes = '0', seconds = '0'] = name.replace('Copy link at ', '').split(':');
      return Number(minutes) > 0 ? `${Number(minutes)}m${Number(seconds)}s` : `${Number(seconds)}s`;
    };
    await dashboard.openRecording(ID);

    const summary = dashboard.panel('Summary');
    const copyQuote = summary.getByRole('button', { name: /^Copy link at \d+:\d\d$/ }).first();
    await expect(copyQuote).toBeEnabled();
    const quoteName = (await copyQuote.getAttribute('aria-label')) ?? '';
    await copyQuote.click();
    await expect(summary.getByRole('status').filter({ hasText: 'Link copied' })).toBeAttached();
    expect(await copiedT()).toBe(linkTime(quoteName));

    const moments = dashboard.panel('Moments');
    await moments.scrollIntoViewIfNeeded();
    await moments.getByRole('button', { name: 'Copy link at 33:57' }).click();
    await expect(moments.getByRole('button', { name: 'Link copied' })).toBeVisible();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(recordingPath(ID));
    expect(copied.searchParams.get('t')).toBe('33m57s');
    // Copying is not playing.
    expect((await dashboard.audioState()).paused).toBe(true);
  });
});

test('Skip silence jumps over a long gap between lines, and is remembered on this device', async ({ page, dashboard }) => {
  const before = lineWith(NEGATIVE_TRANSCRIPT.utterances, 'the panel is in the garage');
  const after = lineWith(NEGATIVE_TRANSCRIPT.utterances, 'All done. Good news');
  await dashboard.openRecording(NEGATIVE_RECORDING_ID, `?t=${Math.floor(before.end) - 1}`);
  await audioReady(dashboard);
  await dashboard.skipSilenceSwitch.click();
  await expect(dashboard.skipSilenceSwitch).toHaveAttribute('aria-checked', 'true');
  await expect(dashboard.audioPlayer).toContainText(/silences? of over 2 s skipped/);

  await dashboard.audioButton('Play').click();
  // 17 minutes of the rep on the roof pass in a moment.
  await expect.poll(async () => (await dashboard.audioState()).currentTime, { timeout: 10_000 }).toBeGreaterThan(after.start - 1);
  await expect(dashboard.transcriptLine(after.words)).toHaveAttribute('aria-current', 'true');
  await dashboard.audioButton('Pause').click();

  await page.reload();
  await audioReady(dashboard);
  await expect(dashboard.skipSilenceSwitch).toHaveAttribute('aria-checked', 'true');
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('siro-demo-token'))),
  ).toEqual([]);
});

test('Media Session: the lock screen knows what plays and its buttons act on the player', async ({ page, dashboard }) => {
  await page.addInitScript(() => {
    const handlers = new Map<string, MediaSessionActionHandler | null>();
    (window as Window & { __media?: typeof handlers }).__media = handlers;
    const original = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
    navigator.mediaSession.setActionHandler = (action, handler) => {
      handlers.set(action, handler);
      original(action, handler);
    };
  });
  const act = (action: string, details: Partial<MediaSessionActionDetails> = {}) =>
    page.evaluate(
      ([name, extra]) => {
        const handler = (window as Window & { __media?: Map<string, MediaSessionActionHandler | null> }).__media?.get(name as string);
        handler?.({ action: name as MediaSessionAction, ...(extra as object) });
        return handler !== undefined && handler !== null;
      },
      [action, details] as const,
    );

  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);
  const metadata = await page.evaluate(() => {
    const data = navigator.mediaSession.metadata;
    return { title: data?.title, artist: data?.artist };
  });
  expect(metadata.title).toBe(TITLE);
  expect(metadata.artist).toContain(CUSTOMER);

  expect(await act('play')).toBe(true);
  await expectPlaying(dashboard, true);
  expect(await act('pause')).toBe(true);
  await expectPlaying(dashboard, false);
  expect(await act('seekto', { seekTime: 60 })).toBe(true);
  await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(60, 0);
  expect(await act('seekforward')).toBe(true);
  await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(75, 0);
  expect(await act('seekbackward')).toBe(true);
  await expect.poll(async () => (await dashboard.audioState()).currentTime).toBeCloseTo(60, 0);
});

test.describe('reporting to Siro', () => {
  test('viewed once per page view, listening time while playing, reusing the engagement', async ({ page, dashboard }) => {
    const reports = watchReports(page);
    await dashboard.openRecording(ID);
    await dashboard.scrollToConversation();
    await audioReady(dashboard);
    await expect.poll(() => reports.viewed.length).toBe(1);
    expect(reports.viewed[0]!.postData()).toBeNull();
    expect(reports.listens).toHaveLength(0);

    await dashboard.audioButton('Play').click();
    await expectPlaying(dashboard, true);
    await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 1);
    // Its body read as it arrives: Chromium may drop the bodies of answers read late.
    const firstAnswer = page
      .waitForResponse((response) => response.request().method() === 'PUT' && new URL(response.url()).pathname.endsWith('/listen'))
      .then((response) => response.json() as Promise<{ data: { recordingEngagement: { id: string } } }>);
    await dashboard.audioButton('Pause').click();
    await expect.poll(() => reports.listens.length, { timeout: 10_000 }).toBe(1);
    const first = reports.listens[0]!.postDataJSON() as { duration: number; clientPlatform: string; recordingEngagementId?: string };
    expect(first).toEqual({ duration: expect.any(Number), clientPlatform: 'WEB' });
    expect(first.duration).toBeGreaterThan(500);
    const engagement = (await firstAnswer).data.recordingEngagement.id;

    // The page hidden (screen locked, tab switched) while playing: one more report, same engagement.
    await dashboard.audioButton('Play').click();
    await expectPlaying(dashboard, true);
    await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 2.5);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => reports.listens.length).toBe(2);
    const second = reports.listens[1]!.postDataJSON() as { duration: number; recordingEngagementId: string };
    expect(second.recordingEngagementId).toBe(engagement);
    expect(second.duration).toBeGreaterThan(first.duration);
    expect(reports.listens[1]!.headers()['x-siro-auth-token']).toBe('siro-demo-token');
    expect(reports.viewed).toHaveLength(1);
  });

  test('when Siro fails them, nothing shows and playback carries on', async ({ page, dashboard }) => {
    const reports = watchReports(page);
    await dashboard.openRecording(ENGAGEMENT_FAULT_ID);
    await dashboard.scrollToConversation();
    await audioReady(dashboard);
    await expect.poll(() => reports.viewed.length).toBe(1);
    expect((await reports.viewed[0]!.response())?.status()).toBe(500);

    await dashboard.audioButton('Play').click();
    await page.waitForFunction(() => (document.querySelector('audio')?.currentTime ?? 0) > 1);
    await dashboard.audioButton('Pause').click();
    await expect.poll(() => reports.listens.length, { timeout: 10_000 }).toBe(1);
    expect((await reports.listens[0]!.response())?.status()).toBe(500);
    await dashboard.audioButton('Play').click();
    await expectPlaying(dashboard, true);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(dashboard.audioPlayer).not.toContainText(/could not/i);
    expect(reports.viewed).toHaveLength(1);
  });
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('a quote starts the audio and the pinned bar keeps pause in reach; axe finds nothing', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID);
    await dashboard.quoteButton('0:28').click();
    await expectPlaying(dashboard, true);
    await page.evaluate(() => window.scrollTo(0, 0));

    const bar = dashboard.miniPlayer;
    await expect(bar).toBeInViewport();
    await expect(bar).toContainText(/0:\d\d \/ /);
    const pause = bar.getByRole('button', { name: 'Pause' });
    const box = await pause.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await pause.click();
    await expectPlaying(dashboard, false);
    await expect(bar.getByRole('button', { name: 'Play' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // No keyboard on a phone: no help about keyboard shortcuts.
    await dashboard.scrollToConversation();
    await expect(dashboard.audioPlayer.getByText(/Keyboard, when not typing/)).toBeHidden();
    const seek = await dashboard.seekSlider.boundingBox();
    expect(seek!.height).toBeGreaterThanOrEqual(24);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });
});

test('a deleted recording says once that there is no audio, and pins nothing', async ({ page, dashboard }) => {
  await dashboard.openRecording(DELETED_RECORDING_ID);
  await expect(dashboard.audioPlayer).toContainText('No audio: this recording was deleted.');
  await expect(dashboard.audioPlayer.getByRole('button')).toHaveCount(0);
  await expect(page.getByText(/no audio/i)).toHaveCount(1);
  await expect(dashboard.miniPlayer).toHaveCount(0);
});

test('the transcript is one tab stop; arrow keys move between lines, with a visible focus ring', async ({ page, dashboard }) => {
  const first = lineWith(COMPLETE_SALE_TRANSCRIPT.utterances, COMPLETE_SALE_TRANSCRIPT.utterances[0]!.utterance.slice(0, 30));
  const second = lineWith(COMPLETE_SALE_TRANSCRIPT.utterances, COMPLETE_SALE_TRANSCRIPT.utterances[1]!.utterance.slice(0, 30));
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  await audioReady(dashboard);
  // From the transcript's search box, the next stop is the list: its first line.
  await dashboard.transcriptSearch.focus();
  await dashboard.tabTo(dashboard.transcriptLine(first.words), 5);

  await page.keyboard.press('ArrowDown');
  await expect(dashboard.transcriptLine(second.words)).toBeFocused();
  const outline = await dashboard.transcriptLine(second.words).evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
  // → walks the line's own controls (a comment's, its Copy link), ← back.
  const copyLink = dashboard
    .panel('Transcript')
    .getByRole('button', { name: /^Copy link at / })
    .nth(1);
  for (let presses = 0; presses < 4 && !(await copyLink.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(copyLink).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dashboard.transcriptLine(COMPLETE_SALE_TRANSCRIPT.utterances[2]!.utterance.slice(0, 30))).toBeFocused();

  // One Tab leaves the whole list.
  await page.keyboard.press('Tab');
  const stillInside = await dashboard
    .panel('Transcript')
    .getByRole('list', { name: 'Transcript lines' })
    .evaluate((list) => list.contains(document.activeElement));
  expect(stillInside).toBe(false);
});
