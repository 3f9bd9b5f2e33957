// The panels below the first screen, one chunk the recording page loads as the manager scrolls
// towards any of them (src/components/ui/near-viewport.tsx), or prints.
export { FollowupsPanel } from '@/features/followups/components/followups-panel';
export { CrmCustomerPanel } from '@/features/recordings/components/crm-customer-panel';
export { EntityExtractionsPanel } from '@/features/recordings/components/entity-extractions-panel';
export { OpportunitiesPanel } from '@/features/recordings/components/opportunities-panel';
export { ScorePanel } from '@/features/recordings/components/score-panel';
export { ShareActions } from '@/features/recordings/components/share-actions';

export { MomentsSlot, ScoreSlot, TalkMetricsSlot } from './recording-coaching-slots';
