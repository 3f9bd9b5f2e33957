import type { BadgeTone } from '@/components/ui/badge';
import { humanize } from '@/lib/format';
import { lookup } from '@/lib/lookup';

const followupType = lookup({ REHASH: 'Rehash', CROSS_SELL: 'Cross-sell' });
export const followupTypeInWords = (type: string) => followupType(type) ?? type;

const followupStatus = lookup<{ text: string; tone: BadgeTone }>({
  TO_DO: { text: 'To do', tone: 'warning' },
  IN_PROGRESS: { text: 'In progress', tone: 'info' },
  COMPLETE: { text: 'Complete', tone: 'positive' },
});
export function followupStatusBadge(status: string): { text: string; tone: BadgeTone } {
  return followupStatus(status) ?? { text: status, tone: 'neutral' };
}

/** `MAIN_OBJECTION` → "Main objection"; a header that is already words stays as written. */
export const contextHeaderInWords = (header: string) => (/^[A-Z0-9_]+$/.test(header) ? humanize(header) : header);
