// The organisation's in-home scorecard (three sections, ten criteria) and how one recording's
// evaluation of it is built: the flat ROOT / SECTION / METRIC nodes Siro sends, each criterion
// with the AI's reasoning, a recommendation and citations that are exact utterances.
import type { JsonObject, Transcript } from '../types.ts';
import { quoteContaining } from './transcript-builder.ts';

export type Band = { color: 'GREEN' | 'YELLOW' | 'RED'; lowRange: number; highRange: number };

/** The organisation's colour bands, in percent of the points possible. */
export const COLOR_CONFIGURATIONS: Band[] = [
  { color: 'RED', lowRange: 0, highRange: 59.99 },
  { color: 'YELLOW', lowRange: 60, highRange: 79.99 },
  { color: 'GREEN', lowRange: 80, highRange: 100 },
];

const SECTIONS = [
  {
    key: 'discovery',
    name: 'Discovery and rapport',
    weight: 30,
    criteria: ['Builds rapport before business', 'Uncovers why the homeowner called', 'Identifies every decision maker'],
  },
  {
    key: 'presentation',
    name: 'Inspection and presentation',
    weight: 30,
    criteria: ['Shows the findings with evidence', "Establishes the company's credibility", 'Presents options, not one price'],
  },
  {
    key: 'close',
    name: 'Objections and close',
    weight: 40,
    criteria: [
      'Handles price and competitor objections',
      'Offers financing that fits the budget',
      'Asks for the sale',
      'Agrees clear next steps',
    ],
  },
] as const;

const POINTS_PER_CRITERION = 10;

/** One criterion as the AI judged it on one recording; `cite` are fragments of the utterances it quotes. */
export type Judgement = { earned: number; impact: string; thinking: string; recommendation: string; cite: readonly string[] };

/** Judgements in the scorecard's order: 3 discovery, 3 presentation, 4 close. */
export type ScorecardJudgements = readonly [
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
  Judgement,
];

function colorOf(earned: number, possible: number): Band['color'] {
  const percent = possible > 0 ? (earned / possible) * 100 : 0;
  return COLOR_CONFIGURATIONS.find((band) => percent >= band.lowRange && percent <= band.highRange)?.color ?? 'RED';
}

const node = (fields: JsonObject): JsonObject => ({ description: null, metricValue: null, unit: null, unitAbbreviated: '', ...fields });

export function buildEvaluation(recordingId: string, transcript: Transcript, judgements: ScorecardJudgements): JsonObject {
  const rootId = `sc-root-${recordingId.slice(0, 8)}`;
  const nodes: JsonObject[] = [];
  const metricRubrics: JsonObject[] = [];
  const sectionWeights: JsonObject[] = [];
  let criterion = 0;
  let totalEarned = 0;
  let totalPossible = 0;
  SECTIONS.forEach((section, sectionIndex) => {
    const sectionId = `${rootId}-${section.key}`;
    const metrics = section.criteria.map((name, index) => {
      const judgement = judgements[criterion];
      criterion += 1;
      if (!judgement) throw new Error(`Missing judgement for ${name}`);
      const citations = judgement.cite.map((fragment) => quoteContaining(transcript, fragment));
      const id = `${sectionId}-m${index + 1}`;
      metricRubrics.push({
        scorecardNodeId: id,
        scorecardMetricId: `metric-${section.key}-${index + 1}`,
        metricPointTotal: POINTS_PER_CRITERION,
        minTarget: 0,
        maxTarget: 0,
        targetTolerance: 0,
      });
      return node({
        id,
        name,
        indexNumber: index + 1,
        parentId: sectionId,
        nodeType: 'METRIC',
        metadata: {
          metricId: `metric-${section.key}-${index + 1}`,
          metricType: 'AI_METRIC',
          score: `${judgement.earned}/${POINTS_PER_CRITERION}`,
          impact: judgement.impact,
          thinking: judgement.thinking,
          recommendation: judgement.recommendation,
          thinkingWithCitation: {
            citedThinking: `${judgement.thinking} ${citations.map((_, i) => `[${i + 1}]`).join('')}`.trim(),
            citations,
          },
        },
        metricValue: judgement.earned,
        pointsPossible: POINTS_PER_CRITERION,
        pointsEarned: judgement.earned,
        color: colorOf(judgement.earned, POINTS_PER_CRITERION),
      });
    });
    const earned = metrics.reduce((sum, metric) => sum + Number(metric.pointsEarned), 0);
    const possible = metrics.length * POINTS_PER_CRITERION;
    totalEarned += earned;
    totalPossible += possible;
    sectionWeights.push({ scorecardNodeId: sectionId, weight: section.weight });
    nodes.push(
      node({
        id: sectionId,
        name: section.name,
        indexNumber: sectionIndex + 1,
        parentId: rootId,
        nodeType: 'SECTION',
        metadata: { sectionWeight: section.weight },
        pointsPossible: possible,
        pointsEarned: earned,
        color: colorOf(earned, possible),
      }),
      // Siro sends the nodes in no particular order; the client builds the tree from parentId.
      ...metrics.reverse(),
    );
  });
  nodes.unshift(
    node({
      id: rootId,
      name: 'Keystone in-home appointment',
      indexNumber: 0,
      parentId: '',
      nodeType: 'ROOT',
      metadata: {},
      pointsPossible: totalPossible,
      pointsEarned: totalEarned,
      color: colorOf(totalEarned, totalPossible),
    }),
  );
  return {
    recordingId,
    hasScorecard: true,
    scorecardInstanceId: `sci-${recordingId.slice(0, 8)}`,
    evaluationQualified: true,
    name: 'Keystone in-home appointment',
    description: 'How every in-home appointment is coached: discovery, presentation, then objections and the close.',
    pointsPossible: totalPossible,
    pointsEarned: totalEarned,
    evaluatedNodes: nodes,
    metricRubrics,
    sectionWeights,
    colorConfigurations: COLOR_CONFIGURATIONS,
  };
}
