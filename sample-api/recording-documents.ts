// The full recording document (POST /v1/core/recordings with { ids }) and the organisation's
// lookups the coaching panels read: moment kinds and score colour bands. The document carries
// the scorecard, the tagged moments and the talk metrics, built from each sample transcript.
import type { IncomingMessage, ServerResponse } from 'node:http';

import { COMPLETE_SALE_JUDGEMENTS, COMPLETE_SALE_MOMENTS } from './data/complete-sale-coaching.ts';
import { HOSTILE } from './data/hostile.ts';
import { bookmarkConfigsBody, buildMoments, detectMoments, type MomentKind } from './data/moment-builder.ts';
import { NEGATIVE_JUDGEMENTS, NEGATIVE_MOMENTS } from './data/negative-coaching.ts';
import { HVAC, ROOFING, SOLAR, WINDOWS, WINDOWS_MONTREAL } from './data/org.ts';
import { buildEvaluation, judgeTranscript, type ScorecardJudgements } from './data/scorecard-builder.ts';
import { talkMetricsOf } from './data/talk-metrics.ts';
import { withCurrentFollowups } from './followups.ts';
import { readJsonBody, sendJson, sendValidationError } from './http-utils.ts';
import { COMPLETE_SALE_RECORDING_ID, isConversationFaultId, NEGATIVE_RECORDING_ID, VALUE_KINDS_RECORDING_ID } from './ids.ts';
import { isOutcomeEdited, withCurrentOutcome } from './outcomes.ts';
import { conversationFor } from './recordings.ts';
import type { RouteContext } from './routes.ts';
import type { Route } from './server.ts';
import type { JsonObject, Recording } from './types.ts';

export const DOCUMENT_FAULT_500 = 'fault-document-500';
export const DOCUMENT_FAULT_BROKEN_EVALUATION = 'fault-document-broken-evaluation';

type Coaching = { judgements: ScorecardJudgements; moments: readonly (readonly [MomentKind, string])[] };

const COACHING: ReadonlyMap<string, Coaching> = new Map([
  [COMPLETE_SALE_RECORDING_ID, { judgements: COMPLETE_SALE_JUDGEMENTS, moments: COMPLETE_SALE_MOMENTS }],
  [NEGATIVE_RECORDING_ID, { judgements: NEGATIVE_JUDGEMENTS, moments: NEGATIVE_MOMENTS }],
]);

/** An older recording: Siro computed no talk metrics for it (only the scorecard), so clients fall back on the transcript. */
const WITHOUT_TALK_METRICS = new Set([VALUE_KINDS_RECORDING_ID]);

const REPS = new Map([ROOFING, SOLAR, HVAC, WINDOWS, WINDOWS_MONTREAL].map((team) => [team.userId, team.repName]));

/** The recording whose scorecard and moments a (fault) id shares. */
const coachingKey = (id: string) => (isConversationFaultId(id) ? COMPLETE_SALE_RECORDING_ID : id);

const scoreOf = ({ evaluationScore }: Recording) =>
  typeof evaluationScore === 'number' && Number.isFinite(evaluationScore) ? evaluationScore : null;

export function recordingDocument(recording: Recording): JsonObject {
  const { transcript } = conversationFor(recording);
  const key = coachingKey(recording.id);
  const coaching = COACHING.get(key);
  const repName = REPS.get(recording.userId ?? '') ?? transcript.speakerMap['0'] ?? '';
  const [repFirstName = null, ...rest] = repName.split(' ').filter(Boolean);
  const score = scoreOf(recording);
  // The hostile recording tests rendering, not coaching: its lines judge nothing.
  const judged = !coaching && transcript.utterances.length > 0 && key !== HOSTILE.id;
  const metrics = WITHOUT_TALK_METRICS.has(key) ? null : talkMetricsOf(transcript);
  const document: JsonObject = {
    ...(recording as unknown as JsonObject),
    organizationName: 'Keystone Home Exteriors',
    repFirstName,
    repLastName: rest.join(' ') || null,
    speakerMap: transcript.speakerMap,
    jumpToTags: coaching ? buildMoments(transcript, coaching.moments) : judged ? detectMoments(transcript) : [],
    jumpToTagsWordsOnly: [],
    evaluation: coaching
      ? buildEvaluation(recording.id, transcript, coaching.judgements)
      : judged && score !== null
        ? buildEvaluation(recording.id, transcript, judgeTranscript(transcript, score))
        : null,
    ...(metrics ?? {}),
    numberOfComments: 0,
    unreadComments: {},
    notes: null,
    // A little of the bookkeeping the real document carries, which clients should ignore.
    rawAudioPath: `recordings/${recording.id}/raw.m4a`,
    processedAudioPath: `recordings/${recording.id}/processed.m4a`,
    codeVersion: '4.18.2',
    trigger: 'button-press',
    os: 'ios',
    numberOfChunks: 12,
    chunkStatusMap: {},
    betaFeatures: [],
  };
  if (recording.id === DOCUMENT_FAULT_BROKEN_EVALUATION) return withBrokenEvaluation(document);
  return document;
}

/** One malformed criterion, one orphan criterion, one malformed citation and one malformed moment; the rest is fine. */
function withBrokenEvaluation(document: JsonObject): JsonObject {
  const evaluation = document.evaluation as JsonObject;
  const nodes = (evaluation.evaluatedNodes as JsonObject[]).map((node, index) => {
    if (node.nodeType !== 'METRIC') return node;
    if (index === 2) return { ...node, pointsEarned: 'nine', id: 42 };
    if (node.name === 'Asks for the sale') {
      const metadata = node.metadata as JsonObject;
      const cited = metadata.thinkingWithCitation as JsonObject;
      const citations = cited.citations as JsonObject[];
      return {
        ...node,
        metadata: { ...metadata, thinkingWithCitation: { ...cited, citations: [{ quote: 42, startTimeInMillis: 'soon' }, ...citations] } },
      };
    }
    return node;
  });
  nodes.push({
    id: 'orphan',
    name: 'A criterion whose section is gone',
    nodeType: 'METRIC',
    parentId: 'no-such-section',
    pointsEarned: 1,
    pointsPossible: 10,
  });
  const tags = document.jumpToTags as JsonObject[];
  return {
    ...document,
    evaluation: { ...evaluation, evaluatedNodes: nodes, pointsEarned: 'eighty-eight' },
    jumpToTags: [{ type: 'OBJECTION', timestampInMilliseconds: 'later', preview: 42 }, ...tags],
  };
}

async function postRecordings(_id: string, req: IncomingMessage, res: ServerResponse, context: RouteContext) {
  const body = await readJsonBody(req, res);
  if (!body) return;
  const { ids } = body;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) {
    return sendValidationError(res, [
      { code: 'invalid_type', path: ['ids'], message: 'Expected an array of recording ids', expected: 'array', received: typeof ids },
    ]);
  }
  if (ids.includes(DOCUMENT_FAULT_500)) return sendJson(res, 500, { error: 'Internal server error' });
  const data = (ids as string[]).flatMap((id) => {
    const recording = context.store.find(id, false);
    if (!recording) return [];
    const current = withCurrentOutcome(withCurrentFollowups(recording, context.state), context.state);
    return [{ ...recordingDocument(current), manuallyEdited: isOutcomeEdited(recording.id, context.state) }];
  });
  sendJson(res, 200, { data, cursor: null, pageSize: data.length, limit: ids.length, total: data.length, hasNextPage: false });
}

export const DOCUMENT_ROUTES: Route[] = [
  { method: 'POST', pattern: /^\/v1\/core\/recordings$/, auth: true, body: true, handler: postRecordings },
  {
    method: 'GET',
    pattern: /^\/v1\/core\/bookmark-configs$/,
    auth: true,
    handler: (_id, _req, res) => sendJson(res, 200, bookmarkConfigsBody()),
  },
];
