import { readFile } from 'node:fs/promises';

import { COMPLETE_SALE_TRANSCRIPT } from '../sample-api/data/complete-sale-transcript';
import { COMPLETE_SALE_RECORDING_ID } from '../sample-api/ids';
import { DashboardPage, expect, PANEL_FLAGS, recordingPath, test, type PanelName } from './fixtures';

const ID = COMPLETE_SALE_RECORDING_ID;
const TITLE = 'Whitaker – roof replacement consultation';
/** The export file name: the title as a slug, then the first 8 characters of the ID. */
const FILE_STEM = `whitaker-roof-replacement-consultation-${ID.slice(0, 8)}`;
const CSV_HEADER = 'Extraction,Field,Value,CRM field,Status';
const ALL_PANELS = Object.keys(PANEL_FLAGS) as PanelName[];

/** The API request's query parameters. */
const paramsOf = (dashboard: DashboardPage, index = 0) => new URL(dashboard.apiRequests[index]!.url()).searchParams;

test.beforeEach(async ({ dashboard }) => {
  await dashboard.presetToken();
});

test.describe('Score and Follow-ups switches', () => {
  test('are on by default, and the request asks for both panels', async ({ dashboard }) => {
    await dashboard.openRecording(ID);
    await expect(dashboard.heading).toHaveText(TITLE);

    await dashboard.customize();
    for (const name of ['Score', 'Follow-ups'] as const) {
      await expect(dashboard.toggle(name)).toBeVisible();
      await expect(dashboard.toggle(name)).toBeChecked();
      await dashboard.showPanels();
      await expect(dashboard.panel(name)).toBeVisible();
    }
    const score = dashboard.panel('Score');
    // The bare score (its meter: coaching.spec, without the document), or the scorecard once in view.
    await expect(score).toContainText('88 / 100');
    const followups = dashboard.panel('Follow-ups');
    await expect(followups.getByRole('heading', { level: 3, name: 'Cross-sell' })).toBeVisible();
    await expect(followups).toContainText('Score 4 of 5');
    await expect(followups).toContainText('In progress');
    await expect(followups).toContainText('Main objection');
    await expect(followups).toContainText('Marcus Bell');

    expect(dashboard.apiRequests).toHaveLength(1);
    expect(paramsOf(dashboard).get('showEvaluationScore')).toBe('true');
    expect(paramsOf(dashboard).get('showFollowups')).toBe('true');
    expect(DashboardPage.flagsOf(dashboard.apiRequests[0]!)).toEqual(await dashboard.switchedOnFlags());
  });

  test('switching Score off writes it to the URL and hides the panel without a new request', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID);
    await dashboard.showPanels();
    await expect(dashboard.panel('Score')).toContainText('88 / 100');
    expect(dashboard.apiRequests).toHaveLength(1);

    await dashboard.customize();
    await dashboard.toggle('Score').click();

    await expect(dashboard.toggle('Score')).not.toBeChecked();
    await expect(page).toHaveURL(`${recordingPath(ID)}?showEvaluationScore=false`);
    await expect(dashboard.panel('Score')).toHaveCount(0);
    await expect(dashboard.panel('Follow-ups')).toContainText('Cross-sell');
    await expect(dashboard.toggle('Follow-ups')).toBeChecked();
    expect(dashboard.apiRequests, 'switching a panel off costs no request').toHaveLength(1);
  });

  test('a deep link with Follow-ups off opens with that switch off and does not ask for follow-ups', async ({ dashboard }) => {
    await dashboard.openRecording(ID, '?showFollowups=false');

    await expect(dashboard.heading).toHaveText(TITLE);
    await dashboard.showPanels();
    await expect(dashboard.panel('Score')).toContainText('88 / 100');
    await dashboard.customize();
    await expect(dashboard.toggle('Follow-ups')).not.toBeChecked();
    await expect(dashboard.toggle('Score')).toBeChecked();
    await expect(dashboard.panel('Follow-ups')).toHaveCount(0);

    expect(dashboard.apiRequests).toHaveLength(1);
    expect(paramsOf(dashboard).has('showFollowups')).toBe(false);
    expect(paramsOf(dashboard).get('showEvaluationScore')).toBe('true');
    expect(DashboardPage.flagsOf(dashboard.apiRequests[0]!)).toEqual(await dashboard.switchedOnFlags());
  });
});

test.describe('Copy link', () => {
  test('copies the address of this view, switches included', async ({ page, context, dashboard }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await dashboard.openRecording(ID);
    await dashboard.showPanels();
    await expect(dashboard.panel('Follow-ups')).toBeVisible();

    await dashboard.customize();
    await dashboard.toggle('Follow-ups').click();
    await expect(page).toHaveURL(`${recordingPath(ID)}?showFollowups=false`);
    await dashboard.shareButton('Copy link').click();

    await expect(dashboard.shareStatus('Link copied')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('showFollowups=false');

    // The copied link reopens the same view.
    await page.goto(copied);
    await expect(dashboard.heading).toHaveText(TITLE);
    await dashboard.customize();
    await expect(dashboard.toggle('Follow-ups')).not.toBeChecked();
    await expect(dashboard.panel('Follow-ups')).toHaveCount(0);
    await expect(dashboard.panel('Score')).toBeVisible();
    expect(new URL(dashboard.apiRequests.at(-1)!.url()).searchParams.has('showFollowups')).toBe(false);
  });
});

test.describe('Export', () => {
  test('Export CSV downloads the extractions with their CRM fields', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID);
    await dashboard.showPanels();
    await expect(dashboard.panel('Entity extractions')).toContainText('9 extractions');

    const [download] = await Promise.all([page.waitForEvent('download'), dashboard.shareButton('Export CSV').click()]);

    expect(download.suggestedFilename()).toBe(`${FILE_STEM}.csv`);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF'), 'a byte-order mark so Excel reads UTF-8').toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.at(-1), 'every row ends with CRLF').toBe('');
    // Nine extractions; "Roof details" has four values.
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines).toContain(
      'Objection reason,Objection reason,"Price – a competing quote from Lone Star Roofing was $3,250 lower",Opportunity.Objection_Reason__c,SYNCED',
    );
    expect(lines).toContain('Decision makers,Decision makers,Karen Whitaker; Tom Whitaker,Opportunity.Decision_Makers__c,SYNCED');
    expect(lines).toContain('Budget,Budget,20000,Opportunity.Budget__c,SYNCED');
    expect(lines).toContain('Financing interest,Financing interest,true,Opportunity.Financing_Interest__c,SYNCED');
    expect(lines).toContain(
      'Next appointment date,Next appointment date,2026-05-12,Opportunity.Install_Date__c; Event.ActivityDate,SYNCED',
    );
    expect(lines).toContain('Roof details,Pitch,8/12,Opportunity.Roof_Pitch__c,SUCCESS');
  });

  test('Export JSON downloads the recording', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID);
    await expect(dashboard.heading).toHaveText(TITLE);

    await dashboard.showPanels();
    const [download] = await Promise.all([page.waitForEvent('download'), dashboard.shareButton('Export JSON').click()]);

    expect(download.suggestedFilename()).toBe(`${FILE_STEM}.json`);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(json.id).toBe(ID);
    expect(json.title).toBe(TITLE);
    expect(json.evaluationScore).toBe(88);
    expect(json.entityExtractions).toHaveLength(9);
    expect(json.followups).toEqual([expect.objectContaining({ followupType: 'CROSS_SELL', status: 'IN_PROGRESS' })]);
    expect(json.followups[0].history).toHaveLength(2);
  });

  test('a panel switched off after its data loaded is left out of both exports', async ({ page, dashboard }) => {
    await dashboard.openRecording(ID);
    await dashboard.showPanels();
    await expect(dashboard.panel('Entity extractions')).toContainText('9 extractions');
    await expect(dashboard.shareButton('Export CSV')).toBeEnabled();

    await dashboard.customize();
    await dashboard.toggle('Entity extractions').click();

    await expect(dashboard.panel('Entity extractions')).toHaveCount(0);
    expect(dashboard.apiRequests, 'served from the data already loaded').toHaveLength(1);
    await expect(dashboard.shareButton('Export CSV')).toBeDisabled();
    await expect(dashboard.shareButton('Export CSV')).toHaveAccessibleDescription('Switch on Entity extractions to export them as CSV.');
    const [download] = await Promise.all([page.waitForEvent('download'), dashboard.shareButton('Export JSON').click()]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(json).not.toHaveProperty('entityExtractions');
    expect(json).toMatchObject({ id: ID, title: TITLE, evaluationScore: 88 });
    expect(json.crmOpportunities, 'the panels still on are still exported').toBeDefined();
  });

  test('Export CSV is unavailable when the extractions were not asked for', async ({ dashboard }) => {
    await dashboard.openRecording(ID, '?showEntityExtractions=false');
    await expect(dashboard.heading).toHaveText(TITLE);

    await dashboard.showPanels();
    await expect(dashboard.shareButton('Export CSV')).toBeDisabled();
    await expect(dashboard.shareButton('Export JSON')).toBeEnabled();
  });
});

test('printing hides the switches and share actions but keeps the panels', async ({ page, dashboard }) => {
  await dashboard.openRecording(ID);
  await dashboard.showPanels();
  await expect(dashboard.panel('Follow-ups')).toContainText('Cross-sell');
  await dashboard.customize();
  const controls = [
    ...ALL_PANELS.map((name) => dashboard.toggle(name)),
    dashboard.shareButton('Copy link'),
    dashboard.shareButton('Export CSV'),
  ];
  for (const control of controls) await expect(control).toBeVisible();
  const switches = await page.getByRole('switch').count();

  await page.emulateMedia({ media: 'print' });

  for (const control of controls) await expect(control).toBeHidden();
  // Hidden, not gone: the switches are still in the page.
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.getByRole('switch', { includeHidden: true })).toHaveCount(switches);
  await expect(page.getByRole('button', { name: 'Copy link', exact: true, includeHidden: true })).toHaveCount(1);
  await expect(dashboard.heading).toBeVisible();
  for (const name of ALL_PANELS) {
    await expect(dashboard.panel(name).getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await expect(dashboard.panel('Score')).toContainText('88 / 100');

  await page.emulateMedia({ media: 'screen' });

  for (const control of controls) await expect(control).toBeVisible();
});

test('printing lays out the whole transcript, keeps panels breakable, and hides its controls', async ({ page, dashboard }) => {
  const utterances = COMPLETE_SALE_TRANSCRIPT.utterances;
  const firstWords = utterances[0]!.utterance;
  const lastWords = utterances.at(-1)!.utterance;
  // The second page fails once, so "Load the rest" shows.
  let failedOnce = false;
  await page.route(/\/api\/siro\/v1\/core\/recordings\/[^/]+\/utterances\?/, async (route) => {
    if (!failedOnce && new URL(route.request().url()).searchParams.get('cursor') === '2') {
      failedOnce = true;
      await route.fulfill({ status: 400, json: { error: 'Try that page again.' } });
      return;
    }
    await route.continue();
  });
  await dashboard.openRecording(ID);
  await dashboard.scrollToConversation();
  const transcript = dashboard.panel('Transcript');
  const loadRest = transcript.getByRole('button', { name: 'Load the rest' });
  await expect(loadRest).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(loadRest).toBeHidden();
  await expect(transcript).toContainText('Part of the transcript could not be loaded');
  await page.emulateMedia({ media: 'screen' });
  await loadRest.click();
  const last = dashboard.transcriptLine(lastWords);
  await expect(last).toHaveCount(1);

  // "Follow along" shows once the audio is engaged and the manager scrolled away.
  await dashboard.transcriptLine(firstWords).click();
  await dashboard.transcriptLine(firstWords).hover();
  await page.mouse.wheel(0, 600);
  const controls = [
    dashboard.transcriptSearch,
    transcript.getByRole('button', { name: 'Previous match' }),
    transcript.getByRole('button', { name: 'Next match' }),
    dashboard.followAlongButton,
    dashboard.quoteButton('0:28'),
  ];
  for (const control of controls) await expect(control).toBeVisible();
  // On screen, the transcript scrolls in its own box and skips laying out far rows.
  const laidOut = () => last.evaluate((line) => line.checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut(), 'a far row is skipped on screen').toBe(false);

  await page.emulateMedia({ media: 'print' });

  for (const control of controls) await expect(control).toBeHidden();
  await expect(dashboard.panel('Summary')).toContainText('0:28');
  // The whole transcript is laid out, unclipped: no scroll box, every row rendered.
  await expect(last).toBeVisible();
  expect(await laidOut(), 'the last line is laid out').toBe(true);
  const box = await transcript.getByRole('list').evaluate((list) => {
    const scroller = list.parentElement!;
    return { scrollHeight: scroller.scrollHeight, clientHeight: scroller.clientHeight, overflow: getComputedStyle(scroller).overflowY };
  });
  expect(box.overflow).toBe('visible');
  expect(box.scrollHeight, 'nothing hidden below a scroll box').toBeLessThanOrEqual(box.clientHeight + 1);
  // Rows stay whole across pages; the tall panel itself may break.
  expect(await transcript.evaluate((panel) => getComputedStyle(panel).breakInside)).not.toBe('avoid');
  expect(await last.evaluate((line) => getComputedStyle(line.parentElement!).breakInside)).toBe('avoid');

  await page.emulateMedia({ media: 'screen' });
  for (const control of controls) await expect(control).toBeVisible();
});
