import type { Recording } from './api/recording-schema';
import { Unreadable } from './api/unreadable';

type Known = Pick<Recording, 'title' | 'crmCustomer' | 'conversationType' | 'crmOpportunities'>;

/** The linked CRM customer's name, when Siro sent a readable one. */
export function customerName(recording: Pick<Recording, 'crmCustomer'>): string | null {
  const customer = recording.crmCustomer;
  if (!customer || customer instanceof Unreadable) return null;
  return customer.name?.trim() || null;
}

/** The title, or a name made of what is known ("Sophie Tremblay – In-home appointment"). */
export function recordingTitle(recording: Known): string {
  const title = recording.title?.trim();
  if (title) return title;
  const known = [customerName(recording), recording.conversationType?.trim()].filter(Boolean);
  return known.length ? known.join(' – ') : 'Untitled recording';
}

/** The deal in play: the amount of the first linked opportunity that has one. */
export function dealAmount(recording: Pick<Recording, 'crmOpportunities'>): number | null {
  return recording.crmOpportunities?.items.find((opportunity) => opportunity.amount != null)?.amount ?? null;
}
