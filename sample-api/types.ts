// Shapes of the Siro API as the sample server emits them, written from Siro's OpenAPI reference.
// The sample's own copy: the project must not read the reference at build or run time.
// Enums are typed as "documented values | string" because Siro says they grow, and several
// sample recordings deliberately carry values newer than the documentation.

/** Any JSON value: fault bodies are built from this so they can hold deliberately wrong types. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

type OpenEnum<T extends string> = T | (string & {});

export type TranscriptionStatus = OpenEnum<
  | 'RECORDING'
  | 'UPLOADING'
  | 'UPLOADED'
  | 'TRANSCRIBING'
  | 'AWAITING_REDACTION'
  | 'REDACTING'
  | 'COMPLETE'
  | 'SECONDARY_TRANSCRIPTION_COMPLETE'
  | 'ERROR'
  | 'UNRECOVERABLE_ERROR'
  | 'REMOVED'
  | 'RAW_SPLIT'
>;
export type ProcessingStatus = OpenEnum<'in-progress' | 'complete' | 'error'>;
export type ProcessingStage = OpenEnum<'recording' | 'uploading' | 'processing' | 'done'>;
export type OutcomeLabel = OpenEnum<'POSITIVE' | 'NEGATIVE' | 'NEUTRAL'>;
export type TranscriptionLanguage = OpenEnum<'English' | 'Spanish' | 'French'>;
export type ExtractionStatus = OpenEnum<'IN_PROGRESS' | 'SUCCESS' | 'FAIL' | 'SYNCED'>;
export type CustomerType = OpenEnum<'ACCOUNT' | 'LEAD' | 'OPPORTUNITY' | 'ENGAGEMENT' | 'CONTACT' | 'DMS_OPPORTUNITY'>;
export type MatchingSource = OpenEnum<'DIRECT' | 'FUZZY' | 'NOT_FOUND'>;
export type IntegrationPlatform = OpenEnum<
  'MERGE' | 'SIRO_CUSTOM_INPUT' | 'SERVICE_TITAN' | 'COMPANY_CAM' | 'INGAGE' | 'LEAD_PERFECTION' | 'SPOTIO'
>;
export type FollowupStatus = OpenEnum<'TO_DO' | 'IN_PROGRESS' | 'COMPLETE'>;

export type CrmMapping = { crmModelName: string; crmFieldName: string };

export type CrmCustomer = {
  id: string;
  name?: string | null;
  crmUrl?: string;
  customerType?: CustomerType;
  lastActivityAt?: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt?: string | null;
  emailAddress?: string | null;
  phoneNumber?: string | null;
  externalId?: string | null;
  amount?: number | null;
  disposition?: string | null;
  recordingId?: string | null;
  lastRecordingDate?: string | null;
  numRecordings?: number | null;
  matchingSource?: MatchingSource | null;
  accountId?: string | null;
  opportunityAccountName?: string | null;
  contactId?: string | null;
  opportunityContactName?: string | null;
  opportunityId?: string | null;
  engagementId?: string | null;
  address?: string | null;
  organizationId: string;
  integrationConnectionId?: string | null;
  integrationPlatform?: IntegrationPlatform | null;
  integrationName?: string | null;
};

export type OpportunityAddress = {
  street: string;
  city: string;
  state: string;
  zip: string;
  country: string;
};

export type CrmOpportunity = {
  opportunityExternalId: string | null;
  accountId: string | null;
  accountName: string | null;
  accountExternalId: string | null;
  disposition: string | null;
  closedAt: string | null;
  name: string | null;
  amount: number | null;
  integrationName: string | null;
  integrationPlatform: string | null;
  addresses: OpportunityAddress[];
};

/** The documented value kinds: text, text list, number, boolean, null, mixed list. */
export type ExtractionValue = string | number | boolean | null | (string | number | boolean | null)[];

export type ExtractionItem = {
  name: string;
  value?: ExtractionValue;
  mappings?: CrmMapping[] | null;
};

export type EntityExtraction = {
  id: string;
  recordingId: string;
  siroEntityDefinitionId: string;
  siroEntityDefinitionName?: string | null;
  siroEntityDefinitionDeleted: boolean;
  status: ExtractionStatus;
  extraction: ExtractionItem[] | null;
  createdAt: string | null;
  updatedAt: string | null;
  mappings: CrmMapping[] | null;
};

export type FollowupHistoryEntry = {
  id: string;
  updatedBy: string;
  updatedByUserId: string | null;
  createdAt: string;
  note?: string;
  status?: FollowupStatus;
};

export type Followup = {
  recordingId: string;
  recordingTitle: string | null;
  repName: string;
  repId: string;
  teamName: string | null;
  teamId: string;
  followupId: string;
  dateCreated: string;
  followupType: OpenEnum<'REHASH' | 'CROSS_SELL'>;
  score: number;
  followupAction: string | null;
  context: { header: string; value: string }[];
  updatedAt: string;
  metadata: Record<string, string>[];
  starred: boolean;
  status: FollowupStatus;
  thinking: string;
  history?: FollowupHistoryEntry[] | null;
  crmUrl?: string | null;
  crmCustomer: CrmCustomer | null;
  hasFollowupComment: boolean;
  note: string | null;
  completed: boolean;
  completedBy: string | null;
  completedAt: string | null;
};

/** The fields every recording answers with, whatever the flags. */
export type RecordingBase = {
  id: string;
  dateCreated: string;
  deleted: boolean;
  transcriptionStatus?: TranscriptionStatus;
  processingStatus?: ProcessingStatus;
  processingStage?: ProcessingStage;
  organizationId?: string;
  teamId?: string;
  userId?: string;
  title?: string | null;
  durationInMilliseconds?: number;
  conversationType?: string;
  transcriptionLanguage?: TranscriptionLanguage;
  universalOutcomeLabel?: OutcomeLabel | null;
};

/**
 * The optional sections, each behind its own `show…=true` flag. `undefined` means "Siro did
 * not send it even when asked"; `null` is sent as null.
 */
export type RecordingSections = {
  summary?: string | null;
  crmCustomer?: CrmCustomer | null;
  crmOpportunities?: CrmOpportunity[] | null;
  entityExtractions?: EntityExtraction[] | null;
  evaluationScore?: number | null;
  followups?: Followup[] | null;
};

export type Recording = RecordingBase & RecordingSections;

export type Utterance = {
  utterance: string;
  startTimeInMillis: number;
  endTimeInMillis: number;
  speakerTag: string;
  redacted: boolean;
  confidence?: number;
};

export type Transcript = {
  utterances: Utterance[];
  speakerMap: Record<string, string>;
};

export type SummaryQuote = { quote: string; startTimeInMillis: number; endTimeInMillis: number };

export type SummarySection = {
  id: string;
  promptHeader: string;
  promptResponse: string;
  summaryResultIndex: number | null;
  quotes: SummaryQuote[] | null;
};
