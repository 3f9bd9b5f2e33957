import { test as base, expect, type Locator, type Page, type Request } from '@playwright/test';

export const DEMO_TOKEN = 'siro-demo-token';

/** Each panel's switch label and the API query flag (also the URL param) it is bound to. */
export const PANEL_FLAGS = {
  Summary: 'showSummary',
  'CRM customer': 'showCrmCustomers',
  Opportunities: 'showCrmOpportunities',
  'Entity extractions': 'showEntityExtractions',
  Score: 'showEvaluationScore',
  'Follow-ups': 'showFollowups',
} as const;

/** Panels switched and kept in the URL the same way, whose data has its own endpoint: never a flag of the recording request. */
export const UI_PANEL_FLAGS = {
  Moments: 'showMoments',
  'Talk metrics': 'showTalkMetrics',
  Transcript: 'showTranscript',
  'Ask Siro': 'showAsk',
  Comments: 'showComments',
} as const;

export type PanelName = keyof typeof PANEL_FLAGS | keyof typeof UI_PANEL_FLAGS;
/** The four panels every recording view has. */
export const CORE_PANELS: readonly (keyof typeof PANEL_FLAGS)[] = ['Summary', 'CRM customer', 'Opportunities', 'Entity extractions'];
/** The panels whose bodies load their code only as they come near the viewport (`showPanels`). */
export const LAZY_PANELS: readonly PanelName[] = ['CRM customer', 'Score', 'Opportunities', 'Entity extractions', 'Follow-ups'];
/** Their flags, sorted as `flagsOf` returns flags. */
export const CORE_FLAGS: readonly string[] = CORE_PANELS.map((name) => PANEL_FLAGS[name]).sort();

/** A token the sample API accepts for exactly one request, then answers 401. */
export function shortLivedToken(): string {
  return `short-lived-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The path of the recording page for `id`, as the app writes it. */
export function recordingPath(id: string): string {
  return `/recordings/${encodeURIComponent(id)}`;
}

/**
 * A request for the recording itself (GET /v1/core/recordings/<id>, the one the panel flags go
 * on), not for its transcript, summary sections or audio URL under the same path.
 */
export function isRecordingRequest(request: Request): boolean {
  // GET only: the inbox's POST …/recordings/search has the same shape of path.
  return request.method() === 'GET' && /^\/api\/siro\/v1\/core\/recordings\/[^/]+$/.test(new URL(request.url()).pathname);
}

/** Role- and label-based handles on the recording dashboard, and the actions a manager takes. */
/** Where `locator` is, in whole pixels: what "nothing moves" compares. */
export async function roundedBox(locator: Locator) {
  const rect = await locator.boundingBox();
  if (!rect) throw new Error(`${locator} has no box`);
  return { x: Math.round(rect.x), y: Math.round(rect.y), width: Math.round(rect.width), height: Math.round(rect.height) };
}

/** Holds the app's code back, as a slow phone does, until the returned function is called: the early paint stays. */
export async function holdBackApp(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/app-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

export class DashboardPage {
  /** The recording requests (see `isRecordingRequest`) the page made, in order. */
  readonly apiRequests: Request[] = [];
  readonly pageErrors: Error[] = [];
  /** Console errors about the Content Security Policy, from every document the page showed. */
  readonly cspConsoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      if (isRecordingRequest(request)) this.apiRequests.push(request);
    });
    page.on('pageerror', (error) => this.pageErrors.push(error));
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) this.cspConsoleErrors.push(message.text());
    });
  }

  get main() {
    return this.page.getByRole('main');
  }
  get tokenField() {
    return this.page.getByLabel('Siro API token');
  }
  get rememberCheckbox() {
    return this.page.getByLabel('Remember on this device');
  }
  get connectButton() {
    return this.page.getByRole('button', { name: 'Connect' });
  }
  get signInHeading() {
    return this.page.getByRole('heading', { name: 'Sign in to Siro' });
  }
  /** The notice above the sign-in form: signed out, or token rejected/expired. */
  get signInNotice() {
    return this.main.getByRole('alert');
  }
  get signOutButton() {
    return this.page.getByRole('button', { name: 'Sign out' });
  }
  /** The page's h1: the recording title, an error's title, or the sign-in/home heading. */
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }
  get retryButton() {
    return this.page.getByRole('button', { name: 'Retry', exact: true });
  }
  /**
   * Retry, once the automatic retries are spent: their backoff (1, 2 and 4 s, or Retry-After) is
   * skipped on the page's clock, which the test installs (`page.clock.install()`) before the page opens.
   */
  async expectRetryAfterBackoff() {
    await expect
      .poll(
        async () => {
          await this.page.clock.runFor(1_000);
          return (await this.retryButton.count()) > 0 && (await this.retryButton.isEnabled());
        },
        { timeout: 20_000 },
      )
      .toBe(true);
  }
  get retryingButton() {
    return this.page.getByRole('button', { name: 'Retrying…', exact: true });
  }
  /** The error card's way out (the nav bar has its own "Open a recording" link). */
  get openAnotherLink() {
    return this.main.getByRole('link', { name: 'Open another recording' });
  }
  get processingStatus() {
    return this.page.getByRole('status').filter({ hasText: 'still processing' });
  }
  get recordingIdField() {
    return this.page.getByLabel('Recording ID or link');
  }
  /** The recording's header card (the page's one <header> inside main). */
  get recordingHeader() {
    return this.main.locator('header');
  }
  /** The disclosure at the top of the recording page that holds the panel switches. */
  get customizeView() {
    return this.page.getByText('Customize view', { exact: true });
  }
  /** The section navigation: the page's table of contents. */
  get sections() {
    return this.page.getByRole('navigation', { name: 'Sections' });
  }
  /** A panel's switch; open Customize view (`customize`) to reach it. */
  toggle(name: PanelName) {
    return this.page.getByRole('switch', { name, exact: true });
  }
  /** Opens Customize view, as a manager does before switching a panel; open already, it stays open. */
  async customize() {
    await this.customizeView.waitFor();
    const open = await this.customizeView.evaluate(
      (summary) => summary.parentElement instanceof HTMLDetailsElement && summary.parentElement.open,
    );
    if (!open) await this.customizeView.click();
    await this.toggle('Summary').waitFor();
  }
  panel(name: PanelName) {
    return this.page.getByRole('region', { name, exact: true });
  }
  /** A button of the share actions above the switches. */
  shareButton(name: 'Copy link' | 'Export CSV' | 'Export JSON' | 'Print') {
    return this.page.getByRole('button', { name, exact: true });
  }
  /** The share actions' message, once it says `text` ("Link copied", or why copying failed). */
  shareStatus(text: string | RegExp) {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The Comments panel's form and the threads in it. */
  get commentField() {
    return this.panel('Comments').getByLabel('Comment', { exact: true });
  }
  get addCommentButton() {
    return this.panel('Comments').getByRole('button', { name: 'Add comment' });
  }
  get postButton() {
    return this.panel('Comments').getByRole('button', { name: 'Post', exact: true });
  }
  /** Scrolls to the Comments panel, whose code loads as it comes into view. */
  async scrollToComments() {
    await this.panel('Comments').scrollIntoViewIfNeeded();
  }
  /** The thread whose comments include `text`. */
  commentThread(text: string) {
    return this.panel('Comments').getByRole('article').filter({ hasText: text });
  }
  /** A comment marker on the seek bar ("Comment by Dana Ruiz at 12:40"). */
  seekMarker(name: string) {
    return this.audioPlayer.getByRole('button', { name, exact: true });
  }

  /** The audio player's region, and its controls by their labels. */
  get audioPlayer() {
    return this.page.getByRole('region', { name: 'Audio', exact: true });
  }
  audioButton(name: 'Play' | 'Pause' | 'Back 15 seconds' | 'Forward 15 seconds') {
    return this.audioPlayer.getByRole('button', { name, exact: true });
  }
  get seekSlider() {
    return this.audioPlayer.getByRole('slider', { name: 'Seek' });
  }
  get skipSilenceSwitch() {
    return this.audioPlayer.getByRole('switch', { name: 'Skip silence' });
  }
  /** The player's "Copy link at this moment" (its name ends with the position). */
  get copyMomentLink() {
    return this.audioPlayer.getByRole('button', { name: /^Copy link at this moment/ });
  }
  /** The slim player pinned to the bottom of the screen while audio is on and the player scrolled away. */
  get miniPlayer() {
    return this.page.getByRole('region', { name: 'Now playing', exact: true });
  }
  get playbackSpeed() {
    return this.audioPlayer.getByRole('combobox', { name: 'Playback speed' });
  }
  get transcriptSearch() {
    return this.panel('Transcript').getByRole('searchbox', { name: 'Search transcript' });
  }
  /** A transcript line (a button that seeks to it), found by its words. */
  transcriptLine(words: string) {
    return this.panel('Transcript').getByRole('button', { name: words });
  }
  get followAlongButton() {
    return this.panel('Transcript').getByRole('button', { name: 'Follow along' });
  }
  /** A summary quote's play button, by the time it starts at ("0:28"). */
  quoteButton(at: string) {
    return this.panel('Summary').getByRole('button', { name: `Play quote at ${at}`, exact: true });
  }
  /** The Ask Siro panel: its question field, suggestions, and one question with its answer. */
  get askField() {
    return this.panel('Ask Siro').getByRole('textbox', { name: 'Ask Siro' });
  }
  get askButton() {
    return this.panel('Ask Siro').getByRole('button', { name: 'Ask', exact: true });
  }
  suggestedQuestion(question: string) {
    return this.panel('Ask Siro').getByRole('group', { name: 'Suggested questions' }).getByRole('button', { name: question });
  }
  askedQuestion(question: string) {
    return this.panel('Ask Siro').getByRole('listitem', { name: question, exact: true });
  }
  /** A quote an answer cites (a button that plays from there), by its words. */
  citedQuote(question: string, words: string) {
    return this.askedQuestion(question).getByRole('button', { name: words });
  }
  async ask(question: string) {
    await this.askField.fill(question);
    await this.askButton.click();
  }

  /** The <audio> element's state, read in the page: what a listener would hear. */
  async audioState(): Promise<{ currentTime: number; paused: boolean; src: string; readyState: number }> {
    return this.page.evaluate(() => {
      const audio = document.querySelector('audio');
      if (!audio) return { currentTime: Number.NaN, paused: true, src: '', readyState: 0 };
      return { currentTime: audio.currentTime, paused: audio.paused, src: audio.currentSrc || audio.src, readyState: audio.readyState };
    });
  }
  /** Moves the audio as if that much had played, without waiting in real time. */
  async setAudioTime(seconds: number) {
    await this.page.evaluate((value) => {
      const audio = document.querySelector('audio');
      if (audio) audio.currentTime = value;
    }, seconds);
  }

  /** Opens the recording, once the app has taken over from the early paint (React renders it in slices). */
  async openRecording(id: string, search = '') {
    await this.page.goto(`${recordingPath(id)}${search}`);
    await expect(this.page.locator('[data-early-paint]')).toHaveCount(0);
  }

  /**
   * Scrolls down to the transcript (past the player, which stays stuck at the top on a wide
   * screen), as a manager does: both load their code only as they come into view.
   */
  async scrollToConversation() {
    await this.audioPlayer.scrollIntoViewIfNeeded();
    // The parts below the summary come one render after another: the transcript may be a moment behind the player.
    await expect(this.page.locator('[hidden][aria-busy="true"]')).toHaveCount(0);
    const transcript = this.panel('Transcript');
    if ((await transcript.count()) > 0) await transcript.scrollIntoViewIfNeeded();
  }

  /**
   * Scrolls to each of `names` (by default every panel below the summary that the page shows),
   * as a manager reading down the page does, until its body's code is in, then back to the top:
   * those panels load their code only as they come near the viewport.
   */
  async showPanels(...names: PanelName[]) {
    const wanted = names.length > 0 ? names : LAZY_PANELS;
    // React's page (the early paint has no player), with every part below the summary: they come
    // one render after another.
    await expect(this.audioPlayer).toBeAttached();
    await expect(this.page.locator('[hidden][aria-busy="true"]')).toHaveCount(0);
    for (const name of wanted) {
      const panel = this.panel(name);
      if ((await panel.count()) === 0) continue;
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator('[aria-busy="true"]')).toHaveCount(0);
    }
    await this.page.evaluate(() => window.scrollTo(0, 0));
  }

  async signIn(token = DEMO_TOKEN, { remember = false } = {}) {
    await this.tokenField.fill(token);
    if (remember) await this.rememberCheckbox.check();
    await this.connectButton.click();
  }

  /** Sign in before the app loads, as a returning manager in this tab would be. */
  async presetToken(token = DEMO_TOKEN) {
    await this.page.addInitScript((value) => sessionStorage.setItem('siro.token', value), token);
  }

  /** The API flags of the switches that are on, sorted: what a request for this view must carry. */
  async switchedOnFlags(): Promise<string[]> {
    await this.customize();
    const flags: string[] = [];
    let known = 0;
    for (const [name, flag] of [...Object.entries(PANEL_FLAGS), ...Object.entries(UI_PANEL_FLAGS).map(([uiName]) => [uiName, null])]) {
      const control = this.toggle(name as PanelName);
      if ((await control.count()) === 0) continue;
      known++;
      if (flag && (await control.getAttribute('aria-checked')) === 'true') flags.push(flag);
    }
    // The player's own switch (Skip silence) is no panel.
    const all = (await this.page.getByRole('switch').count()) - (await this.audioPlayer.getByRole('switch').count());
    if (all !== known) {
      throw new Error(`${all - known} panel switch(es) in neither PANEL_FLAGS nor UI_PANEL_FLAGS (e2e/fixtures.ts): add them there.`);
    }
    return flags.sort();
  }

  /** What the browser keeps under the token key, in this tab and on this device. */
  async storedTokens(): Promise<{ session: string | null; local: string | null }> {
    return this.page.evaluate(() => ({
      session: sessionStorage.getItem('siro.token'),
      local: localStorage.getItem('siro.token'),
    }));
  }

  async historyLength(): Promise<number> {
    return this.page.evaluate(() => history.length);
  }

  /** Everything the page shows as text, as a person (or a screen reader) gets it. */
  async visibleText(): Promise<string> {
    return this.page.evaluate(() => document.body.innerText);
  }

  /** Presses Tab, as a keyboard user would, until `target` has focus. */
  async tabTo(target: Locator, maxPresses = 40) {
    for (let presses = 0; presses < maxPresses; presses++) {
      await this.page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${target} in ${maxPresses} presses`);
  }

  /** The showX flags of an API request that are `true`, sorted. */
  static flagsOf(request: Request): string[] {
    const params = new URL(request.url()).searchParams;
    return [...params.entries()]
      .filter(([, value]) => value === 'true')
      .map(([key]) => key)
      .sort();
  }
}

type CspViolation = { violatedDirective: string; blockedURI: string };
type CspWindow = Window & { __cspViolations?: CspViolation[] };

/** Records every CSP violation of each document the page loads, before any of its scripts run. */
function recordCspViolations() {
  const win = window as CspWindow;
  win.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    win.__cspViolations?.push({ violatedDirective: event.violatedDirective, blockedURI: event.blockedURI });
  });
}

/** The current document's CSP violations; none when the page is closed, blank or navigating. */
async function cspViolations(page: Page): Promise<CspViolation[]> {
  if (page.isClosed()) return [];
  try {
    return await page.evaluate(() => (window as CspWindow).__cspViolations ?? []);
  } catch {
    return []; // The context went away mid-navigation; the console check still covers it.
  }
}

export const test = base.extend<{ dashboard: DashboardPage }>({
  // `provide`, not `use`: ESLint's React hooks rule takes a call to `use` for React's hook.
  dashboard: async ({ page }, provide) => {
    await page.addInitScript(recordCspViolations);
    const dashboard = new DashboardPage(page);
    await provide(dashboard);
    // No test may leave an uncaught error behind.
    expect(dashboard.pageErrors, 'uncaught page errors').toEqual([]);
    // The app must work within the CSP it is served with: a violation is a broken feature or an injection.
    expect(await cspViolations(page), 'CSP violations').toEqual([]);
    expect(dashboard.cspConsoleErrors, 'CSP errors in the console').toEqual([]);
  },
});

export { expect };
