import { PROCESSING_RECORDING_ID } from '../sample-api/ids';
import { expect, isRecordingRequest, test } from './fixtures';

const POLL_INTERVAL_MS = 4_000;

test('a recording still processing says so, refreshes until done, then stops polling', async ({ page, dashboard }) => {
  // Each `<id>-<suffix>` is its own recording: two in-progress answers, then complete.
  const id = `${PROCESSING_RECORDING_ID}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  await dashboard.presetToken();
  await dashboard.openRecording(id);

  await expect(dashboard.heading).toHaveText('Lawson – door knock, 1127 Bluebonnet Trail');
  await expect(dashboard.processingStatus).toBeVisible();
  await expect(dashboard.panel('Summary')).toHaveText(/The summary will appear when Siro finishes processing\./);
  await dashboard.showPanels();
  await expect(dashboard.panel('Entity extractions')).toContainText('Extractions will appear when Siro finishes processing.');
  await dashboard.scrollToConversation();
  await expect(dashboard.panel('Transcript')).toContainText('The transcript will appear when Siro finishes processing.');

  // Polled every 4 s: the third answer (about 8 s in) is the complete recording.
  // The summary, or the summary sections that arrive with it and take its place.
  await expect(dashboard.panel('Summary')).toContainText(/Priya Natarajan knocked on Derek Lawson's door|Summer bills around \$240/, {
    timeout: 15_000,
  });
  await expect(dashboard.processingStatus).toHaveCount(0);
  await expect(dashboard.panel('Entity extractions')).toContainText('6 extractions');
  // The transcript comes with it.
  await expect(dashboard.transcriptLine('How about Saturday at six?')).toBeVisible();
  expect(dashboard.apiRequests, 'two in-progress answers, then the complete one').toHaveLength(3);

  // Done: no further request over more than one polling interval.
  const nextRequest = page.waitForRequest(isRecordingRequest, { timeout: POLL_INTERVAL_MS + 1_500 });
  await expect(nextRequest, 'polling stops once the recording is complete').rejects.toThrow(/Timeout/);
  expect(dashboard.apiRequests).toHaveLength(3);
});
