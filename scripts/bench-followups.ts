// The follow-up queue in `npm run bench`: time to the first rows against a reference page making
// the same GET /v1/core/followups request and writing the rows as plain DOM.
import { DEMO_TOKEN } from '../sample-api/server.ts';
import { FOLLOWUP_FILTERS, toFollowupRequest } from '../src/features/followups/filters.ts';
import { FOLLOWUPS_PATH, toFollowupsSearch } from '../src/features/followups/request.ts';
import { defaultFilters } from '../src/lib/url-filters.ts';
import { type View } from './bench-metrics.ts';
import { median, round, type Row } from './bench-report.ts';

const QUERY = toFollowupsSearch(toFollowupRequest(defaultFilters(FOLLOWUP_FILTERS)), null).toString();
export const FOLLOWUPS_REFERENCE_PATH = '/reference-follow-ups';

/** The least a queue page can do: the same request, then one plain `li` per follow-up. */
export const followupsReferenceHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reference follow-ups</title></head><body><main id="out">Loading</main><script>
(async () => {
  const res = await fetch('/api/siro${FOLLOWUPS_PATH}?${QUERY}', { headers: { 'x-siro-auth-token': sessionStorage.getItem('siro.token') } });
  const list = document.createElement('ul');
  for (const followup of (await res.json()).data.followups) {
    const item = list.appendChild(document.createElement('li'));
    const link = item.appendChild(document.createElement('a'));
    link.href = '/recordings/' + encodeURIComponent(followup.recordingId);
    link.textContent = followup.recordingTitle || 'Untitled recording';
    item.append(' ' + [followup.followupAction, followup.followupType, followup.status, followup.repName, followup.potentialRevenue].filter(Boolean).join(' · '));
  }
  document.getElementById('out').replaceChildren(list);
})();
</script></body></html>`;

/** The first follow-up's recording title: what both pages show first. */
export async function followupsNeedle(apiUrl: string): Promise<string> {
  const res = await fetch(`${apiUrl}${FOLLOWUPS_PATH}?${QUERY}`, { headers: { 'x-siro-auth-token': DEMO_TOKEN } });
  const title = ((await res.json()) as { data: { followups: { recordingTitle?: string }[] } }).data.followups[0]?.recordingTitle;
  if (!title) throw new Error('The sample queue answered no follow-up with a recording title first.');
  return title;
}

export function followupsRows(app: View[], ref: View[], raw: Record<string, number[]>): Row[] {
  const ttc = (list: View[]) => list.map((view) => view.probes.contentAt);
  raw['Follow-ups: app time to first rows (ms)'] = ttc(app);
  raw['Follow-ups: reference time to first rows (ms)'] = ttc(ref);
  const ratio = median(ttc(app)) / median(ttc(ref));
  return [
    {
      metric: '8. Follow-ups time to first rows, app / reference',
      target: '',
      measured: `${round(median(ttc(app)))} ms / ${round(median(ttc(ref)))} ms`,
      pass: null,
    },
    { metric: '8. Follow-ups ratio app / reference', target: '≤ 1.5×', measured: `${round(ratio, 2)}×`, pass: ratio <= 1.5 },
  ];
}
